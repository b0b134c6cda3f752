package com.skillmatrix.advance;

import java.util.List;

import com.skillmatrix.matrix.Cell;
import com.skillmatrix.matrix.CellStep;
import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.SkillProfile;

/**
 * What to cover to advance from one level to the next: for each role, both descriptions and what changes.
 *
 * @param to the next level, or null from the top level
 * @param chosen the roles the page is narrowed to; empty for all
 */
record Advance(Level from, Level to, List<Step> steps, List<Role> chosen) {

	static Advance of(SkillProfile profile, Level from, List<Role> chosen) {
		Level to = profile.next(from).orElse(null);
		if (to == null) {
			return new Advance(from, null, List.of(), chosen);
		}
		List<Step> steps = profile.roles()
			.stream()
			.filter((role) -> chosen.isEmpty() || chosen.contains(role))
			.map((role) -> new Step(role, profile.cell(role, from).orElse(null), profile.cell(role, to).orElse(null)))
			.filter((step) -> step.current() != null || step.next() != null)
			.toList();
		return new Advance(from, to, steps, chosen);
	}

	public boolean top() {
		return this.to == null;
	}

	public List<Role> becomingRequired() {
		return this.steps.stream().filter(Step::becomesRequired).map(Step::role).toList();
	}

	public List<Role> newRoles() {
		return this.steps.stream().filter(Step::isNew).map(Step::role).toList();
	}

	/** Whether any step is shown item by item, and so the legend says how. */
	public boolean anyList() {
		return this.steps.stream().anyMatch(Step::list);
	}

	/**
	 * One role's step up.
	 *
	 * @param current the cell at the current level, or null where the role is new at the next
	 * @param next the cell at the next level, or null where the role is no longer expected there
	 */
	record Step(Role role, Cell current, Cell next) implements CellStep {
	}

}

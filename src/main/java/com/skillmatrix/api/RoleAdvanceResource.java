package com.skillmatrix.api;

import java.util.List;
import java.util.Locale;

import com.skillmatrix.matrix.Cell;
import com.skillmatrix.matrix.RoleAdvance;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What to cover to advance across a role's skills, as the page shows it: every skill in which either end of the step
 * has a cell, in the catalogue's order, with what the step does to it and both cells.
 *
 * @param from the level the step starts at
 * @param to the level it leads to, or null from the top level, where none is above
 * @param toRole the role it leads to: the role itself, or the other role where it switches tracks
 */
record RoleAdvanceResource(String from,
		@Schema(nullable = true, description = "null from the top level, where none is above") String to,
		String toRole, List<AdvanceSkill> skills) {

	static RoleAdvanceResource of(RoleAdvance advance) {
		return new RoleAdvanceResource(advance.from().slug(), advance.top() ? null : advance.to().slug(),
				advance.toRole().slug(),
				advance.steps()
					.stream()
					.map((step) -> new AdvanceSkill(step.skill().slug(), step.change().name().toLowerCase(Locale.ROOT),
							AdvanceCell.of(step.current()), AdvanceCell.of(step.next()), step.becomesRequired()))
					.toList());
	}

	/**
	 * One skill's step.
	 *
	 * @param skill the skill's slug
	 * @param from the cell where the step starts, or null where the skill is new at the target
	 * @param to the cell at the target, or null where the skill is no longer expected there
	 * @param becomesRequired optional at the start and required at the target; a cell new at the target is "added"
	 */
	record AdvanceSkill(String skill,
			@Schema(allowableValues = { "added", "changed", "unchanged", "removed" },
					description = "added: expected only at the target; removed: only at the start; changed: both, "
							+ "in other words or with another flag; unchanged: both, the same") String change,
			@Schema(nullable = true, description = "The cell where the step starts; null where the skill is new at the target")
			AdvanceCell from,
			@Schema(nullable = true, description = "The cell at the target; null where it is no longer expected there")
			AdvanceCell to, boolean becomesRequired) {
	}

	/** A cell: whether it is required, and its description exactly as written, line breaks included. */
	record AdvanceCell(boolean required, String description) {

		static AdvanceCell of(Cell cell) {
			return (cell != null) ? new AdvanceCell(cell.required(), cell.description()) : null;
		}

	}

}

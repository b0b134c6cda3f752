package com.skillmatrix.matrix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import com.skillmatrix.matrix.RoleProfile.LevelCells;
import com.skillmatrix.matrix.RoleProfile.SkillCells;

/**
 * What to cover to advance across every skill of a role: from the role at one level to the same role at a higher
 * one, or, switching tracks, to another role at any level. Each skill in which either side has a cell is a step,
 * added, changed, unchanged or removed; the page and its JSON twin both read it.
 *
 * @param levels every level of the growth path, lowest first
 * @param to the level the step leads to, or null from the top level where none is above
 * @param switching whether the target is named as a role and a level, rather than a level of the same role
 * @param steps the skills in the catalogue's order (by domain, category and name)
 * @param requiredOnly whether only the cells required at the target are kept
 * @param hidden how many steps "required only" left out
 */
public record RoleAdvance(Role role, Level from, Role toRole, Level to, List<Level> levels, boolean switching,
		List<Step> steps, boolean requiredOnly, int hidden) {

	/** The role from a level to a higher one, or with none above the top level (null). */
	public static RoleAdvance of(RoleProfile profile, Level from, Level to) {
		return of(profile, from, profile, to, false);
	}

	/** From one role at a level to another role, or the same, at any level: switching tracks. */
	public static RoleAdvance switching(RoleProfile start, Level from, RoleProfile target, Level to) {
		return of(start, from, target, to, true);
	}

	private static RoleAdvance of(RoleProfile start, Level from, RoleProfile target, Level to, boolean switching) {
		List<Level> levels = start.levels().stream().map(LevelCells::level).toList();
		if (to == null) {
			return new RoleAdvance(start.role(), from, target.role(), null, levels, switching, List.of(), false, 0);
		}
		List<Step> steps;
		if (start == target) {
			int current = start.indexOf(from.slug());
			int next = start.indexOf(to.slug());
			steps = start.skills()
				.stream()
				.map((row) -> new Step(row.skill(), row.cells().get(current), row.cells().get(next)))
				.filter((step) -> step.current() != null || step.next() != null)
				.toList();
		}
		else {
			Map<String, Skill> skills = new LinkedHashMap<>();
			Map<String, Cell> current = cells(start, from, skills);
			Map<String, Cell> next = cells(target, to, skills);
			// Each profile lists its skills in the catalogue's order; both together need sorting again.
			steps = skills.values()
				.stream()
				.sorted(Names.byPlace(Skill::domain, Skill::category, Skill::name))
				.map((skill) -> new Step(skill, current.get(skill.slug()), next.get(skill.slug())))
				.toList();
		}
		return new RoleAdvance(start.role(), from, target.role(), to, levels, switching, steps, false, 0);
	}

	/** A profile's cells at a level by their skill's slug, adding each skill to those seen. */
	private static Map<String, Cell> cells(RoleProfile profile, Level level, Map<String, Skill> skills) {
		int index = profile.indexOf(level.slug());
		Map<String, Cell> cells = new HashMap<>();
		for (SkillCells row : profile.skills()) {
			Cell cell = row.cells().get(index);
			if (cell != null) {
				skills.putIfAbsent(row.slug(), row.skill());
				cells.put(row.slug(), cell);
			}
		}
		return cells;
	}

	/** The same steps but those whose cell at the target is required; the others are counted as hidden. */
	public RoleAdvance keepRequired() {
		List<Step> kept = only((step) -> step.next() != null && step.next().required());
		return new RoleAdvance(this.role, this.from, this.toRole, this.to, this.levels, this.switching, kept, true,
				this.hidden + this.steps.size() - kept.size());
	}

	/** Whether the page starts at the top level and names no target: there is nothing above. */
	public boolean top() {
		return this.to == null;
	}

	/** Every step that changes something: added, changed or removed. */
	public List<Step> changed() {
		return only((step) -> step.change() != CellStep.Change.UNCHANGED);
	}

	public List<Step> unchanged() {
		return only((step) -> step.change() == CellStep.Change.UNCHANGED);
	}

	public List<Step> added() {
		return only((step) -> step.change() == CellStep.Change.ADDED);
	}

	public List<Step> removed() {
		return only((step) -> step.change() == CellStep.Change.REMOVED);
	}

	/** The skills whose cell is optional at the start and required at the target. */
	public List<Step> becomingRequired() {
		return only(Step::becomesRequired);
	}

	/** Whether any step that changes is shown item by item, and so the legend says how. */
	public boolean anyList() {
		return changed().stream().anyMatch(Step::list);
	}

	/** The steps by domain and category, in the catalogue's order. */
	public List<Group> groups() {
		Map<String, List<Step>> groups = new LinkedHashMap<>();
		for (Step step : this.steps) {
			Skill skill = step.skill();
			groups.computeIfAbsent(Group.id(skill), (id) -> new ArrayList<>()).add(step);
		}
		return groups.values().stream().map((steps) -> new Group(steps.get(0).skill(), List.copyOf(steps))).toList();
	}

	private List<Step> only(Predicate<Step> kept) {
		return this.steps.stream().filter(kept).toList();
	}

	/**
	 * One skill's step.
	 *
	 * @param current the cell where the step starts, or null where the skill is new at the target
	 * @param next the cell at the target, or null where the skill is no longer expected there
	 */
	public record Step(Skill skill, Cell current, Cell next) implements CellStep {
	}

	/**
	 * The steps of one category of one domain.
	 *
	 * @param first the group's first skill, which names its domain and category
	 */
	public record Group(Skill first, List<Step> steps) {

		/** The group's anchor: a domain's slug and a category's, which a slug's single hyphens cannot confuse. */
		static String id(Skill skill) {
			return skill.domainSlug() + "--" + skill.categorySlug();
		}

		public String id() {
			return id(this.first);
		}

		public String domain() {
			return this.first.domain();
		}

		public String category() {
			return this.first.category();
		}

		/** Whether the category is named after the domain ({@link Names#showsCategory}). */
		public boolean showsCategory() {
			return this.first.showsCategory();
		}

		public List<Step> changed() {
			return this.steps.stream().filter((step) -> step.change() != CellStep.Change.UNCHANGED).toList();
		}

		public List<Step> unchanged() {
			return this.steps.stream().filter((step) -> step.change() == CellStep.Change.UNCHANGED).toList();
		}

	}

}

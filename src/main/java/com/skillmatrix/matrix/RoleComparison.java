package com.skillmatrix.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Roles side by side at one level, across the matrix: one row per skill in which any of them has a cell there, in
 * the catalogue's order, each with the roles' cells in the order chosen and what sets them apart. The page and the
 * API both show it.
 *
 * @param roles the roles compared, in the order chosen
 * @param rows one per skill, each with one cell per role (null where the role is not expected)
 */
public record RoleComparison(Level level, List<Role> roles, List<SkillRow> rows) {

	/**
	 * The comparison from the cells of the roles at the level, each with its skill, in any order (rows without a
	 * cell are left out).
	 */
	public static RoleComparison of(Level level, List<Role> roles, List<SkillAtLevel> cells) {
		Map<String, Cell[]> bySkill = new LinkedHashMap<>();
		Map<String, Skill> skills = new LinkedHashMap<>();
		for (SkillAtLevel row : cells) {
			int column = row.present() ? roles.indexOf(row.cell().role()) : -1;
			if (column < 0 || !row.level().equals(level)) {
				continue;
			}
			skills.putIfAbsent(row.skill().slug(), row.skill());
			bySkill.computeIfAbsent(row.skill().slug(), (slug) -> new Cell[roles.size()])[column] = row.cell();
		}
		List<SkillRow> rows = skills.values()
			.stream()
			.sorted(Names.byPlace(Skill::domain, Skill::category, Skill::name))
			.map((skill) -> new SkillRow(skill, Arrays.asList(bySkill.get(skill.slug()))))
			.toList();
		return new RoleComparison(level, List.copyOf(roles), rows);
	}

	/** How many skills set the roles apart. */
	public long differing() {
		return this.rows.stream().filter(SkillRow::differs).count();
	}

	/**
	 * The comparison narrowed to the skills where the roles differ, or to those where any of them is required, or
	 * both; neither keeps it whole.
	 */
	public RoleComparison only(boolean differences, boolean required) {
		return new RoleComparison(this.level, this.roles, this.rows.stream()
			.filter((row) -> !differences || row.differs())
			.filter((row) -> !required || row.anyRequired())
			.toList());
	}

	/** The rows by domain and category, in the catalogue's order. */
	public List<CategoryRows> categories() {
		Map<String, List<SkillRow>> groups = new LinkedHashMap<>();
		this.rows.forEach((row) -> groups
			.computeIfAbsent(row.skill().domainSlug() + '/' + row.skill().categorySlug(), (key) -> new ArrayList<>())
			.add(row));
		return groups.values().stream().map((rows) -> new CategoryRows(rows.get(0).skill(), List.copyOf(rows))).toList();
	}

	/**
	 * A skill with the roles' cells at the level, and what sets them apart.
	 *
	 * @param cells one per role, in the order of the roles, null where the role is not expected
	 */
	public record SkillRow(Skill skill, List<Cell> cells, Difference difference) {

		SkillRow(Skill skill, List<Cell> cells) {
			this(skill, Collections.unmodifiableList(new ArrayList<>(cells)), Difference.of(cells));
		}

		/** Whether the roles differ here in any way. */
		public boolean differs() {
			return this.difference.any();
		}

		/** Whether the skill is required of any of the roles. */
		public boolean anyRequired() {
			return this.difference.required() > 0;
		}

	}

	/**
	 * What sets roles apart in a skill: some of them not expected to know it (only one expected, at the extreme), a
	 * cell required for some and optional for others, or the same expectation written in other words.
	 *
	 * @param only the one role expected to know the skill, when only one of several is; otherwise null
	 * @param notExpected how many of the roles are not expected to know it
	 * @param required how many of the roles' cells are required
	 * @param optional how many of the roles' cells are optional
	 * @param worded whether the roles that have a cell are not all described in exactly the same words
	 */
	public record Difference(Role only, int notExpected, int required, int optional, boolean worded) {

		static Difference of(List<Cell> cells) {
			List<Cell> present = cells.stream().filter(Objects::nonNull).toList();
			int required = (int) present.stream().filter(Cell::required).count();
			return new Difference((present.size() == 1 && cells.size() > 1) ? present.get(0).role() : null,
					cells.size() - present.size(), required, present.size() - required,
					present.stream().map(Cell::description).distinct().count() > 1);
		}

		/** Whether the roles differ in any way. */
		public boolean any() {
			return this.notExpected > 0 || mixed() || this.worded;
		}

		/** Whether the skill is required of some of the roles and optional for others. */
		public boolean mixed() {
			return this.required > 0 && this.optional > 0;
		}

	}

	/** A category's rows; its skills all sit in one domain and category, named by the first. */
	public record CategoryRows(Skill first, List<SkillRow> rows) {

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

		/** An id for the group, unique on a page: its domain's slug and its category's. */
		public String id() {
			return this.first.domainSlug() + "--" + this.first.categorySlug();
		}

	}

}

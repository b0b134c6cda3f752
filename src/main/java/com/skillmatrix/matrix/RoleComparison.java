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
	 * The most characters of descriptions a comparison shows side by side: more is no longer read on one page, and
	 * would make it too heavy to load. Past it, each cell links to its text instead.
	 */
	public static final int TEXT_LIMIT = 60_000;

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
			.map((skill) -> new SkillRow(skill, Arrays.asList(bySkill.get(skill.slug())), roles))
			.toList();
		return new RoleComparison(level, List.copyOf(roles), rows);
	}

	/** How many skills set the roles apart. */
	public long differing() {
		return this.rows.stream().filter(SkillRow::differs).count();
	}

	/** How many characters of descriptions the rows show, a cell that roles side by side share counted once. */
	public int textLength() {
		return this.rows.stream()
			.flatMap((row) -> row.spans().stream())
			.map(CellSpan::cell)
			.filter(Objects::nonNull)
			.mapToInt((cell) -> cell.description().length())
			.sum();
	}

	/** Whether the rows' descriptions are short enough to show side by side ({@link #TEXT_LIMIT}). */
	public boolean showsText() {
		return textLength() <= TEXT_LIMIT;
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
		return CategoryGroup.of(this.rows, SkillRow::skill, CategoryRows::new);
	}

	/**
	 * A skill with the roles' cells at the level, and what sets them apart.
	 *
	 * @param cells one per role, in the order of the roles, null where the role is not expected
	 * @param spans the cells as the row shows them, left to right ({@link CellSpan})
	 */
	public record SkillRow(Skill skill, List<Cell> cells, Difference difference, List<CellSpan> spans) {

		SkillRow(Skill skill, List<Cell> cells, List<Role> roles) {
			this(skill, Collections.unmodifiableList(new ArrayList<>(cells)), Difference.of(cells),
					CellSpan.of(cells, roles));
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
	 * A cell as a row shows it: once for the roles side by side that have the very same one, in the same words and
	 * equally required, rather than once for each; a role not expected stands alone.
	 *
	 * @param cell the cell, the first role's where several share it; null where the role is not expected
	 * @param roles the roles side by side that have it, one at least
	 */
	public record CellSpan(Cell cell, List<Role> roles) {

		static List<CellSpan> of(List<Cell> cells, List<Role> roles) {
			List<CellSpan> spans = new ArrayList<>();
			int start = 0;
			for (int column = 1; column <= cells.size(); column++) {
				if (column == cells.size() || !same(cells.get(start), cells.get(column))) {
					spans.add(new CellSpan(cells.get(start), List.copyOf(roles.subList(start, column))));
					start = column;
				}
			}
			return List.copyOf(spans);
		}

		private static boolean same(Cell a, Cell b) {
			return a != null && b != null && a.required() == b.required() && a.description().equals(b.description());
		}

		/** Whether more than one role has the cell. */
		public boolean shared() {
			return this.roles.size() > 1;
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
	public record CategoryRows(Skill first, List<SkillRow> rows) implements CategoryGroup {
	}

}

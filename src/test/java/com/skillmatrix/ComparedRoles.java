package com.skillmatrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import com.skillmatrix.loading.Matrix;
import com.skillmatrix.matrix.Slugs;

/**
 * What a comparison of roles across the matrix must show, worked out from the data folder as {@link TestMatrix} reads
 * it: one row per skill in which any of the roles has a cell at the level, in the catalogue's order, each with the
 * roles' cells in the order chosen, and the differences between them in the words the page uses.
 */
public final class ComparedRoles {

	private ComparedRoles() {
	}

	/**
	 * A skill with the roles' cells at the level.
	 *
	 * @param cells one per role, in the order chosen, null where the role has none
	 */
	public record Row(TestMatrix.Skill skill, List<String> roles, List<Matrix.Cell> cells) {

		public List<Matrix.Cell> present() {
			return this.cells.stream().filter(Objects::nonNull).toList();
		}

		public boolean anyRequired() {
			return present().stream().anyMatch(Matrix.Cell::required);
		}

		/** Whether only one role has a cell. */
		public boolean onlyOne() {
			return present().size() == 1;
		}

		/** Whether some of the roles that have a cell have it required and others optional. */
		public boolean mixed() {
			return present().stream().map(Matrix.Cell::required).distinct().count() > 1;
		}

		/** Whether the roles that have a cell are not all described in exactly the same words. */
		public boolean worded() {
			return present().stream().map(Matrix.Cell::description).distinct().count() > 1;
		}

		public boolean differs() {
			return present().size() < this.cells.size() || mixed() || worded();
		}

		/** How the page says they differ, each difference in its words, or that they are the same. */
		public List<String> differences() {
			List<String> words = new ArrayList<>();
			int absent = this.cells.size() - present().size();
			if (onlyOne()) {
				words.add("Only " + this.roles.get(this.cells.indexOf(present().get(0))) + " has it");
			}
			else if (absent > 0) {
				words.add("Not expected for " + absent + " of " + this.cells.size());
			}
			if (mixed()) {
				long required = present().stream().filter(Matrix.Cell::required).count();
				words.add("Required for " + required + ", optional for " + (present().size() - required));
			}
			if (worded()) {
				words.add("Worded differently");
			}
			return words.isEmpty() ? List.of("The same") : words;
		}

		/** Where the skill sits, as the page's group rows say it. */
		public String place() {
			return DataFiles.place(this.skill.data().domain(), this.skill.data().category());
		}

	}

	/** The rows of a comparison of the roles (by name) at a level (by slug), in the catalogue's order. */
	public static List<Row> rows(List<String> roles, String level) {
		return TestMatrix.skills()
			.stream()
			.sorted(Comparator.comparing((TestMatrix.Skill skill) -> skill.data().domain(), DataFiles.NAME_ORDER)
				.thenComparing((skill) -> skill.data().category(), DataFiles.NAME_ORDER)
				.thenComparing(TestMatrix.Skill::name, DataFiles.NAME_ORDER))
			.map((skill) -> new Row(skill, roles, roles.stream().map((role) -> skill.cell(role, level)).toList()))
			.filter((row) -> !row.present().isEmpty())
			.toList();
	}

	/** The comparison's address under a path, its roles in order, then the level and whatever else is given. */
	public static String uri(String path, List<String> roles, String level, String... more) {
		StringBuilder uri = new StringBuilder(path).append('?')
			.append(roles.stream().map((role) -> "roles=" + Slugs.of(role)).collect(Collectors.joining("&")));
		if (level != null) {
			uri.append("&level=").append(level);
		}
		for (String parameter : more) {
			uri.append('&').append(parameter);
		}
		return uri.toString();
	}

	/** The page of the comparison. */
	public static String page(List<String> roles, String level, String... more) {
		return uri("/roles/compare", roles, level, more);
	}

	/** The roles with the most skills, as many as asked for (or all there are), of equal ones the first by name. */
	public static List<String> mostSkills(int count) {
		return TestMatrix.roles()
			.stream()
			.sorted(Comparator.comparingInt((String role) -> -TestMatrix.skillsOf(role).size()))
			.limit(count)
			.toList();
	}

	/**
	 * Two roles and a level that show as many kinds of row as the matrix has for two roles: a skill both have, a skill
	 * only one has, one required for one and optional for the other, one worded differently, one the same. Of equal
	 * choices, the first roles by name at the first level.
	 */
	public static Choice richestPair() {
		Choice best = null;
		int bestKinds = -1;
		List<String> roles = TestMatrix.roles();
		for (Matrix.Level level : TestMatrix.levels()) {
			for (int a = 0; a < roles.size(); a++) {
				for (int b = a + 1; b < roles.size(); b++) {
					List<String> pair = List.of(roles.get(a), roles.get(b));
					List<Row> rows = rows(pair, level.slug());
					int kinds = kinds(rows);
					if (kinds > bestKinds) {
						best = new Choice(pair, level.slug());
						bestKinds = kinds;
					}
				}
			}
		}
		return best;
	}

	private static int kinds(List<Row> rows) {
		int kinds = 0;
		kinds += rows.stream().anyMatch((row) -> !row.onlyOne()) ? 1 : 0;
		kinds += rows.stream().anyMatch(Row::onlyOne) ? 1 : 0;
		kinds += rows.stream().anyMatch(Row::mixed) ? 1 : 0;
		kinds += rows.stream().anyMatch(Row::worded) ? 1 : 0;
		kinds += rows.stream().anyMatch((row) -> !row.differs()) ? 1 : 0;
		return kinds;
	}

	/** Roles, by name, and a level, by slug. */
	public record Choice(List<String> roles, String level) {

		public String levelName() {
			return DataFiles.levelName(this.level);
		}

	}

}

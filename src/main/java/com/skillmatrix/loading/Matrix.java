package com.skillmatrix.loading;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Objects;

import com.skillmatrix.matrix.Slugs;

/**
 * The whole matrix as the data folder states it, or as the database holds it: the levels in order and every skill
 * with its cells. Two matrices are compared to find what an import changes.
 */
public record Matrix(List<Level> levels, List<Skill> skills) {

	public Matrix {
		levels = List.copyOf(levels);
		skills = List.copyOf(skills);
	}

	public long cellCount() {
		return this.skills.stream().mapToLong((skill) -> skill.cells().size()).sum();
	}

	public long roleCount() {
		return this.skills.stream()
			.flatMap((skill) -> skill.cells().stream())
			.map(Cell::roleSlug)
			.distinct()
			.count();
	}

	/** What the matrix holds, as {@code check} and the load's log say it: "1 skill, 19 roles, 5 levels, 91 cells". */
	public String summary() {
		return count(this.skills.size(), "skill") + ", " + count(roleCount(), "role") + ", "
				+ count(this.levels.size(), "level") + ", " + count(cellCount(), "cell");
	}

	/** A number and its noun, singular for one: "1 role", "2 roles" (the nouns counted here all add an s). */
	static String count(long number, String noun) {
		return number + " " + noun + ((number == 1) ? "" : "s");
	}

	/** A step of the growth path; the list's order is the path's, lowest first. */
	public record Level(String slug, String name) {
	}

	/**
	 * One skill, where it sits in the catalogue, and its cells in the order of their level's table.
	 *
	 * @param source where the skill was read from, for messages, with the line where it starts
	 */
	public record Skill(String slug, String name, String domain, String category, String summary,
			LocalDate lastUpdated, List<Cell> cells, String source, int line) {

		public Skill {
			cells = List.copyOf(cells);
		}

		/** The header, without the cells and the source: what a change of the skill itself compares. */
		boolean sameHeader(Skill other) {
			return this.name.equals(other.name) && this.domain.equals(other.domain)
					&& this.category.equals(other.category) && this.summary.equals(other.summary)
					&& Objects.equals(this.lastUpdated, other.lastUpdated);
		}

	}

	/**
	 * What one role is expected to know at one level.
	 *
	 * @param level the level's slug
	 * @param position the row's place in its level's table, 1 first
	 * @param line where the cell was read, for messages; 0 when it comes from the database
	 */
	public record Cell(String role, String level, int position, boolean required, String description, int line) {

		/** A matrix names a few dozen roles in tens of thousands of cells: each name is slugged once. */
		private static final Map<String, String> SLUGS = new ConcurrentHashMap<>();

		public String roleSlug() {
			return SLUGS.computeIfAbsent(this.role, Slugs::of);
		}

		/** The role and level: a skill has at most one cell for each. */
		String key() {
			return roleSlug() + '/' + this.level;
		}

	}

}

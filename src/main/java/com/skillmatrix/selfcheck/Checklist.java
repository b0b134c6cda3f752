package com.skillmatrix.selfcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.skillmatrix.matrix.Cell;
import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.Sentences;
import com.skillmatrix.matrix.SkillProfile;

/**
 * What a self-check asks one role in one skill: every level in order, each with the sentences of the role's cell
 * there as statements. A statement's id is its level's slug and its number within the level, from 1 ("senior-2"), so
 * that an address names it for as long as the description stays the same.
 *
 * @param levels every level of the skill, lowest first, with no statements where the role has no cell
 */
record Checklist(Role role, List<LevelStatements> levels) {

	static Checklist of(SkillProfile profile, Role role) {
		List<LevelStatements> levels = profile.levels().stream().map((level) -> {
			Cell cell = profile.cell(role, level).orElse(null);
			List<Statement> statements = new ArrayList<>();
			if (cell != null) {
				List<String> sentences = Sentences.of(cell.description());
				for (int i = 0; i < sentences.size(); i++) {
					statements.add(new Statement(level.slug() + "-" + (i + 1), sentences.get(i)));
				}
			}
			return new LevelStatements(level, cell, List.copyOf(statements));
		}).toList();
		return new Checklist(role, levels);
	}

	/** The levels where the role has a cell, and so statements to meet. */
	List<LevelStatements> expected() {
		return this.levels.stream().filter(LevelStatements::expected).toList();
	}

	/** The role's first level with a cell: below it, the role is not expected to know the skill. */
	public Level start() {
		return expected().get(0).level();
	}

	/** Whether the role has no cell at the skill's lowest levels, so that its self-check starts higher. */
	public boolean startsLater() {
		return !this.levels.get(0).expected();
	}

	Optional<Statement> statement(String id) {
		return this.levels.stream()
			.flatMap((level) -> level.statements().stream())
			.filter((statement) -> statement.id().equals(id))
			.findFirst();
	}

	/** The level a statement id would name if the role had a cell there, where it has none. */
	Optional<Level> unexpectedLevel(String id) {
		return this.levels.stream()
			.filter((level) -> !level.expected() && id.matches("\\Q" + level.level().slug() + "\\E-[1-9][0-9]*"))
			.map(LevelStatements::level)
			.findFirst();
	}

	/** How many statements there are in all. */
	int size() {
		return this.levels.stream().mapToInt((level) -> level.statements().size()).sum();
	}

	/** A statement: one sentence of a cell's description. */
	record Statement(String id, String text) {
	}

	/**
	 * One level of the checklist.
	 *
	 * @param cell the role's cell at the level, or null where the role is not expected at it
	 */
	record LevelStatements(Level level, Cell cell, List<Statement> statements) {

		public boolean expected() {
			return this.cell != null;
		}

	}

}

package com.skillmatrix.selfcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.skillmatrix.matrix.Cell;
import com.skillmatrix.matrix.Description;
import com.skillmatrix.matrix.Description.Group;
import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.Sentences;
import com.skillmatrix.matrix.SkillProfile;

/**
 * What a self-check asks one role in one skill: every level in order, each with the role's cell there cut into
 * statements. A cell written as a list gives one statement per item, under the headings it stands under (a heading is
 * no statement); a cell of one line gives one statement per sentence. A statement's id is its level's slug and its
 * number within the level, from 1 ("senior-2"), so that an address names it for as long as the description stays the
 * same.
 *
 * @param levels every level of the skill, lowest first, with no statements where the role has no cell
 */
record Checklist(Role role, List<LevelStatements> levels) {

	static Checklist of(SkillProfile profile, Role role) {
		List<LevelStatements> levels = profile.levels().stream().map((level) -> {
			Cell cell = profile.cell(role, level).orElse(null);
			return new LevelStatements(level, cell, (cell != null) ? groups(level, cell.lines()) : List.of());
		}).toList();
		return new Checklist(role, levels);
	}

	/** The statements of a cell in the groups its lines form, numbered on across the groups. */
	private static List<StatementGroup> groups(Level level, Description description) {
		List<StatementGroup> groups = new ArrayList<>();
		int number = 0;
		for (Group group : description.groups()) {
			List<String> texts = description.list() ? group.items() : Sentences.of(group.items().get(0));
			List<Statement> statements = new ArrayList<>();
			for (String text : texts) {
				statements.add(new Statement(level.slug() + "-" + (++number), text));
			}
			groups.add(new StatementGroup(group.heading(), List.copyOf(statements)));
		}
		return List.copyOf(groups);
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

	/** A statement: one item of a cell written as a list, or one sentence of a cell of one line. */
	record Statement(String id, String text) {
	}

	/**
	 * Statements that stand under one heading of the cell, or under none.
	 *
	 * @param heading the line that heads them, or null
	 */
	record StatementGroup(String heading, List<Statement> statements) {
	}

	/**
	 * One level of the checklist.
	 *
	 * @param cell the role's cell at the level, or null where the role is not expected at it
	 * @param groups the cell's statements in the groups its lines form; none where there is no cell
	 */
	record LevelStatements(Level level, Cell cell, List<StatementGroup> groups) {

		public boolean expected() {
			return this.cell != null;
		}

		/** Every statement of the level, in order. */
		public List<Statement> statements() {
			return this.groups.stream().flatMap((group) -> group.statements().stream()).toList();
		}

	}

}

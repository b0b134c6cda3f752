package com.skillmatrix.selfcheck;

import java.util.List;
import java.util.Set;

import com.skillmatrix.matrix.ItemDiff;
import com.skillmatrix.matrix.Level;
import com.skillmatrix.selfcheck.Checklist.LevelStatements;
import com.skillmatrix.selfcheck.Checklist.Statement;

/**
 * What a self-check answers for the statements met: the highest level met in full together with every level below
 * it, and what is left for the next one.
 * <p>
 * Levels where the role has no cell have nothing to meet, and they are no answer either: a role that starts higher
 * (a Solutions Architect with no cell at the lowest levels) has met no level until it meets its first level with a
 * cell, and a level without a cell between two with cells is passed over on the way up.
 *
 * @param reached the highest level met in full with every level below it, or null where none is yet
 * @param next the level after it with statements, or null where the role's top level is reached
 * @param from the level below the next one, from which the advance page shows that step, or null at the lowest
 * @param open the next level's statements still open, in their order
 * @param gaps the levels below a level with statements met that still have statements open, lowest first
 * @param byItem whether the advance page compares the step into the next level item by item, its descriptions
 * being lists, rather than word by word
 */
record Answer(Level reached, LevelStatements next, Level from, List<Statement> open, List<Gap> gaps,
		boolean byItem) {

	static Answer of(Checklist checklist, Set<String> met) {
		List<LevelStatements> expected = checklist.expected();
		int reached = -1;
		while (reached + 1 < expected.size() && openIn(expected.get(reached + 1), met).isEmpty()) {
			reached++;
		}
		LevelStatements next = (reached + 1 < expected.size()) ? expected.get(reached + 1) : null;
		int highestTicked = -1;
		for (int i = 0; i < expected.size(); i++) {
			if (expected.get(i).statements().stream().anyMatch((statement) -> met.contains(statement.id()))) {
				highestTicked = i;
			}
		}
		List<Gap> gaps = expected.subList(0, Math.max(highestTicked, 0))
			.stream()
			.map((level) -> new Gap(level.level(), openIn(level, met).size()))
			.filter((gap) -> gap.open() > 0)
			.toList();
		LevelStatements below = null;
		if (next != null) {
			int index = checklist.levels().indexOf(next);
			below = (index > 0) ? checklist.levels().get(index - 1) : null;
		}
		boolean byItem = next != null && ItemDiff.applies(
				(below != null && below.cell() != null) ? below.cell().description() : null,
				next.cell().description());
		return new Answer((reached >= 0) ? expected.get(reached).level() : null, next,
				(below != null) ? below.level() : null, (next != null) ? openIn(next, met) : List.of(), gaps,
				byItem);
	}

	private static List<Statement> openIn(LevelStatements level, Set<String> met) {
		return level.statements().stream().filter((statement) -> !met.contains(statement.id())).toList();
	}

	/** Whether every level the role has is met: there is nothing left. */
	public boolean top() {
		return this.next == null;
	}

	/** How many of the next level's statements are met. */
	public int metAtNext() {
		return (this.next != null) ? this.next.statements().size() - this.open.size() : 0;
	}

	/** A level below one with statements met that is not met in full itself. */
	record Gap(Level level, int open) {
	}

}

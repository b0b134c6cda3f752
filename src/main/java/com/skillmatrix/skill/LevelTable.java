package com.skillmatrix.skill;

import java.util.List;

import com.skillmatrix.matrix.Cell;
import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.SkillProfile;

/**
 * The role table of one level: every role with a cell there, in the export's order, and the levels around it.
 *
 * @param previous the level below, or null at the lowest level
 * @param next the level to advance to, or null at the top level
 * @param requiredOnly whether optional cells are hidden
 */
record LevelTable(Level level, List<Cell> cells, long required, Level previous, Level next, boolean requiredOnly) {

	static LevelTable of(SkillProfile profile, Level level, boolean requiredOnly) {
		List<Cell> cells = profile.atLevel(level);
		long required = cells.stream().filter(Cell::required).count();
		return new LevelTable(level, cells, required, profile.previous(level).orElse(null),
				profile.next(level).orElse(null), requiredOnly);
	}

	public long optional() {
		return this.cells.size() - this.required;
	}

	/** The cells the table shows: all of them, or the required ones only. */
	public List<Cell> shown() {
		return this.requiredOnly ? this.cells.stream().filter(Cell::required).toList() : this.cells;
	}

	public long hidden() {
		return this.requiredOnly ? optional() : 0;
	}

}

package com.skillmatrix.matrix;

/**
 * One line of a skill's change log: what an import changed in it. The load writes it and the change log page reads
 * it, so it lives in the model both stand on.
 *
 * @param skill the skill's slug
 * @param field for {@link Kind#FIELD}, which part of the skill's header changed
 * @param role the role's name, for the changes of a cell and a renamed role (its new name)
 * @param level the level's name, for the changes of a cell and of a renamed or moved level (its new name)
 * @param before the text before the change, where there was one; the old name of a renamed role or level; the old
 * rank of a moved level, 1 the lowest
 * @param after the text after the change, where there is one; the new name of a renamed role or level; the new rank
 * of a moved level
 */
public record Change(String skill, String skillName, Kind kind, Field field, String role, String roleSlug,
		String level, String levelSlug, String before, String after) {

	/**
	 * What happened; a cell that is both re-worded and turned Required is two changes. A role or level renamed, or a
	 * level moved to another place among the levels, is one line in each skill that has cells of it.
	 */
	public enum Kind {

		SKILL_ADDED, SKILL_REMOVED, FIELD, CELL_ADDED, CELL_REMOVED, CELL_REWORDED, CELL_REQUIRED, CELL_OPTIONAL,
		ROLE_RENAMED, LEVEL_RENAMED, LEVEL_MOVED

	}

	/** The parts of a skill's header that the log follows. */
	public enum Field {

		NAME, DOMAIN, CATEGORY, SUMMARY, LAST_UPDATED

	}

}

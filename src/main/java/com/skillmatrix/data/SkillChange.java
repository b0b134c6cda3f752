package com.skillmatrix.data;

/**
 * One line of a skill's change log: what an import changed in it.
 *
 * @param field for {@link Kind#FIELD}, which part of the skill's header changed
 * @param role the role's name, for the changes of a cell
 * @param level the level's name, for the changes of a cell
 * @param before the text before the change, where there was one
 * @param after the text after the change, where there is one
 */
public record SkillChange(String skill, String skillName, Kind kind, Field field, String role, String roleSlug,
		String level, String levelSlug, String before, String after) {

	/** What happened; a cell that is both re-worded and turned Required is two changes. */
	public enum Kind {

		SKILL_ADDED, SKILL_REMOVED, FIELD, CELL_ADDED, CELL_REMOVED, CELL_REWORDED, CELL_REQUIRED, CELL_OPTIONAL

	}

	/** The parts of a skill's header that the log follows. */
	public enum Field {

		NAME, DOMAIN, CATEGORY, SUMMARY, LAST_UPDATED

	}

	static SkillChange ofSkill(Matrix.Skill skill, Kind kind) {
		return new SkillChange(skill.slug(), skill.name(), kind, null, null, null, null, null, null, null);
	}

	static SkillChange ofField(Matrix.Skill skill, Field field, Object before, Object after) {
		return new SkillChange(skill.slug(), skill.name(), Kind.FIELD, field, null, null, null, null,
				String.valueOf(before), String.valueOf(after));
	}

	static SkillChange ofCell(Matrix.Skill skill, Kind kind, Matrix.Cell cell, Matrix.Level level, String before,
			String after) {
		return new SkillChange(skill.slug(), skill.name(), kind, null, cell.role(), cell.roleSlug(), level.name(),
				level.slug(), before, after);
	}

}

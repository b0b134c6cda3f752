package com.skillmatrix.matrix;

import java.time.LocalDate;

/**
 * One skill at a level of a role, with the role's cell there: a row of the role profile's query.
 *
 * @param skill the skill, or null for a level where the role has no cell in any skill
 * @param cell the role's cell in the skill at the level, or null with the skill
 */
public record SkillAtLevel(Level level, Skill skill, Cell cell) {

	/** The shape the query selects: the skill's and the cell's columns, all null where there is no cell. */
	public SkillAtLevel(Level level, Long skillId, String skillName, String skillSlug, String summary,
			LocalDate lastUpdated, String domain, String domainSlug, String category, String categorySlug,
			String roleName, String roleSlug, Integer position, Boolean required, String description) {
		this(level,
				(skillId != null) ? new Skill(skillId, skillName, skillSlug, summary, lastUpdated, domain,
						domainSlug, category, categorySlug) : null,
				(skillId != null) ? new Cell(new Role(roleName, roleSlug), level, position, required, description)
						: null);
	}

	public boolean present() {
		return this.cell != null;
	}

}

package com.skillmatrix.role;

import com.skillmatrix.matrix.SkillProfile.LevelRef;

/**
 * One level of the role profile's query: a level, and the role's cell in one skill there, if any.
 *
 * @param skill the skill's name, or null for a level where the role has no cell in any skill
 */
record RoleCell(LevelRef level, String domain, String domainSlug, String category, String categorySlug, String skill,
		String skillSlug, boolean required, String description) {

	RoleCell(String levelName, String levelSlug, int levelRank, String domain, String domainSlug, String category,
			String categorySlug, String skill, String skillSlug, Boolean required, String description) {
		this(new LevelRef(levelName, levelSlug, levelRank), domain, domainSlug, category, categorySlug, skill,
				skillSlug, Boolean.TRUE.equals(required), description);
	}

	boolean present() {
		return this.skill != null;
	}

}

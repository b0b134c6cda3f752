package com.skillmatrix.api;

import java.time.LocalDate;
import java.util.List;

import com.skillmatrix.matrix.Figures;
import com.skillmatrix.matrix.SkillProfile;
import com.skillmatrix.matrix.Skill;

/**
 * One skill whole: where it sits, its figures, the levels, the roles it applies to, and every cell, level by level
 * in the order of each level's table.
 */
record SkillResource(String url, String htmlUrl, String csvUrl, String slug, String name, String summary,
		String domain, String category, LocalDate lastUpdated, Figures figures, List<SkillLevel> levels,
		List<SkillRole> roles, List<SkillCell> cells) {

	static SkillResource of(SkillProfile profile, ApiLinks links) {
		Skill skill = profile.skill();
		String page = "/skills/" + skill.slug();
		List<SkillLevel> levels = profile.levels()
			.stream()
			.map((level) -> new SkillLevel(links.page(page + "/levels/" + level.slug()), level.slug(), level.name()))
			.toList();
		List<SkillRole> roles = profile.roles()
			.stream()
			.map((role) -> new SkillRole(links.role(role.slug()), links.page(page + "/roles/" + role.slug()),
					role.slug(), role.name()))
			.toList();
		List<SkillCell> cells = profile.cells()
			.stream()
			.map((cell) -> new SkillCell(cell.level().slug(), cell.role().slug(), cell.required(), cell.description()))
			.toList();
		return new SkillResource(links.skill(skill.slug()), links.page(page), links.page(page + "/export.csv"),
				skill.slug(), skill.name(), skill.summary(), skill.domain(), skill.category(), skill.lastUpdated(),
				profile.figures(), levels, roles, cells);
	}

	/** A level of the skill, with the page of its role table. */
	record SkillLevel(String htmlUrl, String slug, String name) {
	}

	/** A role the skill applies to: the role's own resource, and its page in this skill. */
	record SkillRole(String url, String htmlUrl, String slug, String name) {
	}

	/**
	 * What one role is expected to know of the skill at one level.
	 *
	 * @param level the level's slug
	 * @param role the role's slug
	 */
	record SkillCell(String level, String role, boolean required, String description) {
	}

}

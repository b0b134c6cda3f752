package com.skillmatrix.api;

import java.util.List;

import com.skillmatrix.matrix.RoleProfile;

/**
 * One role across every skill that names it: each level with its counts of required and optional expectations,
 * and every skill, in the role profile's order, with the role's cells there.
 */
record RoleResource(String url, String htmlUrl, String csvUrl, String slug, String name, List<LevelCounts> levels,
		List<RoleSkill> skills) {

	static RoleResource of(RoleProfile profile, ApiLinks links) {
		String slug = profile.role().slug();
		String page = "/roles/" + slug;
		List<LevelCounts> levels = profile.levels()
			.stream()
			.map((level) -> new LevelCounts(links.page(page + "/levels/" + level.level().slug()), level.level().slug(),
					level.level().name(), level.required(), level.optional()))
			.toList();
		List<RoleSkill> skills = profile.skills()
			.stream()
			.map((row) -> new RoleSkill(links.skill(row.slug()), links.page("/skills/" + row.slug() + "/roles/" + slug),
					row.slug(), row.name(), row.skill().domain(), row.skill().category(), row.expected()
						.stream()
						.map((cell) -> new RoleCell(cell.level().slug(), cell.required(), cell.description()))
						.toList()))
			.toList();
		return new RoleResource(links.role(slug), links.page(page), links.page(page + "/export.csv"), slug,
				profile.role().name(), levels, skills);
	}

	/**
	 * A level, with the page of the role's expectations there and how many are required and optional; the JSON names
	 * the required ones {@code mandatory}, as it always has: its field names are a contract.
	 */
	record LevelCounts(String htmlUrl, String slug, String name, long mandatory, long optional) {
	}

	/** A skill that names the role: its resource, the role's page in it, and the role's cells, level by level. */
	record RoleSkill(String url, String htmlUrl, String slug, String name, String domain, String category,
			List<RoleCell> cells) {
	}

	/**
	 * What the role is expected to know of the skill at one level; a level without a cell is not expected.
	 *
	 * @param level the level's slug
	 */
	record RoleCell(String level, boolean required, String description) {
	}

}

package com.skillmatrix.role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.skillmatrix.matrix.SkillProfile.LevelRef;
import com.skillmatrix.matrix.SkillProfile.RoleRef;

/**
 * The role profile HR links to: the role in every skill that names it, level by level.
 *
 * @param levels each level with the role's cells there and their counts
 * @param categories the skills that name the role, grouped by domain and category, with their cell per level
 */
record RoleProfile(RoleRef role, List<LevelCells> levels, List<CategoryRows> categories) {

	static RoleProfile of(RoleRef role, List<RoleCell> rows) {
		Map<LevelRef, List<RoleCell>> byLevel = new LinkedHashMap<>();
		rows.forEach((row) -> byLevel.computeIfAbsent(row.level(), (level) -> new ArrayList<>()));
		rows.stream().filter(RoleCell::present).forEach((row) -> byLevel.get(row.level()).add(row));
		List<LevelCells> levels = byLevel.entrySet()
			.stream()
			.map((entry) -> new LevelCells(entry.getKey(), List.copyOf(entry.getValue())))
			.toList();

		Map<String, Map<String, List<RoleCell>>> bySkill = new LinkedHashMap<>();
		rows.stream()
			.filter(RoleCell::present)
			.sorted(Comparator.comparing(RoleCell::domain)
				.thenComparing(RoleCell::category)
				.thenComparing(RoleCell::skill))
			.forEach((row) -> bySkill
				.computeIfAbsent(row.domainSlug() + '/' + row.categorySlug(), (key) -> new LinkedHashMap<>())
				.computeIfAbsent(row.skillSlug(), (key) -> new ArrayList<>())
				.add(row));
		List<CategoryRows> categories = bySkill.values().stream().map((skills) -> {
			List<SkillRow> skillRows = skills.values().stream().map((cells) -> {
				RoleCell first = cells.get(0);
				List<RoleCell> perLevel = levels.stream()
					.map((level) -> cells.stream().filter((cell) -> cell.level().equals(level.level())).findFirst()
						.orElse(null))
					.toList();
				return new SkillRow(first.skill(), first.skillSlug(), perLevel);
			}).toList();
			RoleCell first = skills.values().iterator().next().get(0);
			return new CategoryRows(first.domain(), first.category(), skillRows);
		}).toList();
		return new RoleProfile(role, levels, categories);
	}

	/** The role's cells at one level, across skills. */
	record LevelCells(LevelRef level, List<RoleCell> cells) {

		public long mandatory() {
			return this.cells.stream().filter(RoleCell::required).count();
		}

		public long optional() {
			return this.cells.size() - mandatory();
		}

	}

	record CategoryRows(String domain, String category, List<SkillRow> skills) {
	}

	/** A skill in the grid: the role's cell at each level, null where it is not expected. */
	record SkillRow(String name, String slug, List<RoleCell> cells) {
	}

}

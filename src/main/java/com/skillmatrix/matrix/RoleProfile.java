package com.skillmatrix.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;


/**
 * A role across every skill that names it, level by level: what the role profile HR links to shows, and what its
 * downloads hold.
 *
 * @param levels each level with the role's cells there and their counts
 * @param categories the skills that name the role, grouped by domain and category, with their cell per level
 */
public record RoleProfile(Role role, List<LevelCells> levels, List<CategoryRows> categories) {

	/** The profile from its query's rows, which come level by level, lowest first. */
	public static RoleProfile of(Role role, List<SkillAtLevel> rows) {
		Comparator<SkillAtLevel> bySkill = skillOrder(rows);
		Map<Level, List<SkillAtLevel>> byLevel = new LinkedHashMap<>();
		rows.forEach((row) -> byLevel.computeIfAbsent(row.level(), (level) -> new ArrayList<>()));
		List<SkillAtLevel> present = rows.stream().filter(SkillAtLevel::present).sorted(bySkill).toList();
		present.forEach((row) -> byLevel.get(row.level()).add(row));
		List<LevelCells> levels = byLevel.entrySet()
			.stream()
			.map((entry) -> new LevelCells(entry.getKey(), List.copyOf(entry.getValue())))
			.toList();

		List<Level> order = levels.stream().map(LevelCells::level).toList();
		Map<String, Map<String, List<SkillAtLevel>>> byCategory = new LinkedHashMap<>();
		present.forEach((row) -> byCategory
				.computeIfAbsent(row.skill().domainSlug() + '/' + row.skill().categorySlug(),
						(key) -> new LinkedHashMap<>())
				.computeIfAbsent(row.skill().slug(), (key) -> new ArrayList<>())
				.add(row));
		List<CategoryRows> categories = byCategory.values().stream().map((skills) -> {
			List<SkillCells> skillCells = skills.values().stream().map((cells) -> {
				Skill skill = cells.get(0).skill();
				// A loop, not a stream per level: a role's page places hundreds of cells.
				Cell[] perLevel = new Cell[order.size()];
				for (SkillAtLevel row : cells) {
					int at = order.indexOf(row.cell().level());
					if (at >= 0 && perLevel[at] == null) {
						perLevel[at] = row.cell();
					}
				}
				return new SkillCells(skill, Collections.unmodifiableList(Arrays.asList(perLevel)));
			}).toList();
			Skill first = skills.values().iterator().next().get(0).skill();
			return new CategoryRows(first.domain(), first.category(), skillCells);
		}).toList();
		return new RoleProfile(role, levels, categories);
	}

	/**
	 * Rows by their skill in the catalogue's order ({@link Names#byPlace}), each skill's place worked out once; rows
	 * of one skill keep their order.
	 */
	private static Comparator<SkillAtLevel> skillOrder(List<SkillAtLevel> rows) {
		List<Skill> skills = rows.stream()
			.filter(SkillAtLevel::present)
			.map(SkillAtLevel::skill)
			.distinct()
			.sorted(Names.byPlace(Skill::domain, Skill::category, Skill::name))
			.toList();
		Map<String, Integer> index = new HashMap<>();
		skills.forEach((skill) -> index.put(skill.slug(), index.size()));
		return Comparator.comparingInt((SkillAtLevel row) -> index.get(row.skill().slug()));
	}

	/** Every skill that names the role, in the grid's order. */
	public List<SkillCells> skills() {
		return this.categories.stream().flatMap((category) -> category.skills().stream()).toList();
	}

	/** Where a level stands in the growth path, or -1 for a slug that names none. */
	public int indexOf(String slug) {
		for (int i = 0; i < this.levels.size(); i++) {
			if (this.levels.get(i).level().slug().equals(slug)) {
				return i;
			}
		}
		return -1;
	}

	/** The lowest level, where the growth path starts. */
	public Level firstLevel() {
		return this.levels.get(0).level();
	}

	/** The top level, where the growth path ends. */
	public Level lastLevel() {
		return this.levels.get(this.levels.size() - 1).level();
	}

	/** The role's cells at one level, each with its skill. */
	public record LevelCells(Level level, List<SkillAtLevel> cells) {

		public long required() {
			return this.cells.stream().filter((row) -> row.cell().required()).count();
		}

		public long optional() {
			return this.cells.size() - required();
		}

	}

	public record CategoryRows(String domain, String category, List<SkillCells> skills) {

		/** Whether the category is named after the domain ({@link Names#showsCategory}). */
		public boolean showsCategory() {
			return Names.showsCategory(this.domain, this.category);
		}

	}

	/** A skill in the grid: the role's cell at each level, null where it is not expected. */
	public record SkillCells(Skill skill, List<Cell> cells) {

		public String name() {
			return this.skill.name();
		}

		public String slug() {
			return this.skill.slug();
		}

		/** The role's cells in the skill, level by level, without the levels where it is not expected. */
		public List<Cell> expected() {
			return this.cells.stream().filter(Objects::nonNull).toList();
		}

	}

}

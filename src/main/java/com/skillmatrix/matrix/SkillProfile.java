package com.skillmatrix.matrix;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the pages of one skill show: where it sits, the levels, the roles it applies to and every cell.
 * Built from two queries; each page picks its view from it in plain Java.
 */
public final class SkillProfile {

	private final Skill skill;

	private final List<Level> levels;

	private final List<Role> roles;

	private final Map<String, Cell> cells = new HashMap<>();

	private final Figures figures;

	public SkillProfile(Skill skill, List<Level> levels, List<Cell> cells) {
		this.skill = skill;
		this.levels = levels.stream().sorted(Comparator.comparingInt(Level::rank)).toList();
		this.roles = cells.stream()
			.map(Cell::role)
			.distinct()
			.sorted(Comparator.comparing(Role::name, Names.ORDER))
			.toList();
		cells.forEach((cell) -> this.cells.put(key(cell.role(), cell.level()), cell));
		long required = cells.stream().filter(Cell::required).count();
		long levelsWithCells = cells.stream().map(Cell::level).distinct().count();
		this.figures = Figures.of(this.roles.size(), levelsWithCells, required, cells.size());
	}

	public Skill skill() {
		return this.skill;
	}

	/** All levels, lowest first, whether or not the skill has cells there. */
	public List<Level> levels() {
		return this.levels;
	}

	/** The lowest level, where the growth path starts. */
	public Level firstLevel() {
		return this.levels.get(0);
	}

	/** The top level, where the growth path ends. */
	public Level lastLevel() {
		return this.levels.get(this.levels.size() - 1);
	}

	/** The roles that have at least one cell, by name ({@link Names#ORDER}). */
	public List<Role> roles() {
		return this.roles;
	}

	public Figures figures() {
		return this.figures;
	}

	public Optional<Level> level(String slug) {
		return this.levels.stream().filter((level) -> level.slug().equals(slug)).findFirst();
	}

	public Optional<Role> role(String slug) {
		return this.roles.stream().filter((role) -> role.slug().equals(slug)).findFirst();
	}

	public Optional<Level> next(Level level) {
		int index = this.levels.indexOf(level);
		return (index + 1 < this.levels.size()) ? Optional.of(this.levels.get(index + 1)) : Optional.empty();
	}

	public Optional<Level> previous(Level level) {
		int index = this.levels.indexOf(level);
		return (index > 0) ? Optional.of(this.levels.get(index - 1)) : Optional.empty();
	}

	/** The role's cell at the level, or empty where the role is not expected to know the skill at that level. */
	public Optional<Cell> cell(Role role, Level level) {
		return Optional.ofNullable(this.cells.get(key(role, level)));
	}

	/** The level's rows in the export's order. */
	public List<Cell> atLevel(Level level) {
		return this.cells.values()
			.stream()
			.filter((cell) -> cell.level().equals(level))
			.sorted(Comparator.comparingInt(Cell::position))
			.toList();
	}

	/** Every cell, level by level, each level's in the order of its table. */
	public List<Cell> cells() {
		return this.levels.stream().flatMap((level) -> atLevel(level).stream()).toList();
	}

	/** The role's cells, one per level in order, null where the role is not expected at that level. */
	public List<Cell> cellsOf(Role role) {
		return this.levels.stream().map((level) -> this.cells.get(key(role, level))).toList();
	}

	private static String key(Role role, Level level) {
		return role.slug() + '/' + level.slug();
	}

}

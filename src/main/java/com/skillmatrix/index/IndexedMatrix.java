package com.skillmatrix.index;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.skillmatrix.index.SearchIndex.Cell;
import com.skillmatrix.matrix.Domain;
import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Names;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.Skill;

/**
 * The matrix as the index holds it: each list in the order that equal results come in, which is also the order of
 * its documents, and each thing by slug.
 */
final class IndexedMatrix {

	final List<Skill> skills;

	final List<Role> roles;

	final List<Level> levels;

	final List<Domain> domains;

	/** By skill, level and role. */
	final List<Cell> cells;

	private final Map<String, Skill> skillsBySlug;

	final Map<String, Role> rolesBySlug;

	final Map<String, Level> levelsBySlug;

	final Map<String, Domain> domainsBySlug;

	IndexedMatrix(List<Skill> skills, List<Role> roles, List<Level> levels, List<Cell> cells) {
		this.skills = skills.stream().sorted(Comparator.comparing(Skill::name, Names.ORDER)).toList();
		this.roles = roles.stream().sorted(Comparator.comparing(Role::name, Names.ORDER)).toList();
		this.levels = levels.stream().sorted(Comparator.comparingInt(Level::rank)).toList();
		this.domains = skills.stream()
			.map((skill) -> new Domain(skill.domain(), skill.domainSlug()))
			.distinct()
			.sorted(Comparator.comparing(Domain::name, Names.ORDER))
			.toList();
		this.skillsBySlug = bySlug(this.skills, Skill::slug);
		this.rolesBySlug = bySlug(this.roles, Role::slug);
		this.levelsBySlug = bySlug(this.levels, Level::slug);
		this.domainsBySlug = bySlug(this.domains, Domain::slug);
		cells.forEach((cell) -> {
			Objects.requireNonNull(this.skillsBySlug.get(cell.skill()), "a cell's skill");
			Objects.requireNonNull(this.rolesBySlug.get(cell.role()), "a cell's role");
			Objects.requireNonNull(this.levelsBySlug.get(cell.level()), "a cell's level");
		});
		// From the lists' own order rather than comparing names cell by cell.
		Map<String, Integer> skillOrder = order(this.skills, Skill::slug);
		Map<String, Integer> roleOrder = order(this.roles, Role::slug);
		this.cells = cells.stream()
			.sorted(Comparator.comparingInt((Cell cell) -> skillOrder.get(cell.skill()))
				.thenComparingInt((cell) -> level(cell).rank())
				.thenComparingInt((cell) -> roleOrder.get(cell.role())))
			.toList();
	}

	Skill skill(Cell cell) {
		return this.skillsBySlug.get(cell.skill());
	}

	Role role(Cell cell) {
		return this.rolesBySlug.get(cell.role());
	}

	Level level(Cell cell) {
		return this.levelsBySlug.get(cell.level());
	}

	/** Where each item of a list stands in it, by slug. */
	private static <T> Map<String, Integer> order(List<T> items, Function<T, String> slug) {
		Map<String, Integer> order = new HashMap<>();
		items.forEach((item) -> order.put(slug.apply(item), order.size()));
		return order;
	}

	private static <T> Map<String, T> bySlug(List<T> items, Function<T, String> slug) {
		Map<String, T> map = new LinkedHashMap<>();
		items.forEach((item) -> map.put(slug.apply(item), item));
		return map;
	}

}

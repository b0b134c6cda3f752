package com.skillmatrix.matrix;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The rows of one category of one domain, as the pages across every skill of a role group them: named by the first
 * row's skill, since all its skills sit in that domain and category, with an anchor of its own.
 */
public interface CategoryGroup {

	/** The group's first skill, which names its domain and category. */
	Skill first();

	default String domain() {
		return first().domain();
	}

	default String category() {
		return first().category();
	}

	/** Whether the category is named after the domain ({@link Names#showsCategory}). */
	default boolean showsCategory() {
		return first().showsCategory();
	}

	/**
	 * The group's anchor, unique on a page: its domain's slug and its category's, which a slug's single hyphens cannot
	 * confuse.
	 */
	default String id() {
		return id(first());
	}

	/**
	 * Rows grouped by their skill's domain and category, the groups in the order of their first row and each group's
	 * rows in their order; rows in the catalogue's order give the catalogue's groups.
	 *
	 * @param skill the skill of a row
	 * @param group makes a group of its first skill and its rows
	 */
	static <R, G extends CategoryGroup> List<G> of(List<R> rows, Function<R, Skill> skill,
			BiFunction<Skill, List<R>, G> group) {
		Map<String, List<R>> groups = new LinkedHashMap<>();
		for (R row : rows) {
			groups.computeIfAbsent(id(skill.apply(row)), (id) -> new ArrayList<>()).add(row);
		}
		return groups.values()
			.stream()
			.map((members) -> group.apply(skill.apply(members.get(0)), List.copyOf(members)))
			.toList();
	}

	private static String id(Skill skill) {
		return skill.domainSlug() + "--" + skill.categorySlug();
	}

}

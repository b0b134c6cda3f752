package com.skillmatrix.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Names;
import com.skillmatrix.matrix.RoleEntry;
import com.skillmatrix.matrix.RoleGroup;
import com.skillmatrix.matrix.CatalogueSkill;

/**
 * The catalogue's model: domains with their categories and skills in order, each group with its counts; the roles,
 * grouped by initial so that seventy of them stay scannable; and the ends of the growth path that the introduction
 * names.
 *
 * @param compact whether the matrix is too long for one page, so that the catalogue lists domains and categories
 * and each domain's skills have a page of their own
 */
record Catalogue(List<DomainGroup> domains, List<RoleGroup> roles, Level firstLevel, Level lastLevel,
		boolean compact) {

	/** Above this many skills the catalogue lists domains and categories rather than every skill. */
	static final int COMPACT_FROM = 40;

	record DomainGroup(String name, String slug, List<CategoryGroup> categories, Counts counts) {

		/**
		 * Whether its categories have headings of their own: not where its one category is named like it
		 * ({@link Names#showsCategory}), which would repeat its heading with the same figures.
		 */
		public boolean showsCategories() {
			return this.categories.size() > 1 || Names.showsCategory(this.name, this.categories.get(0).name());
		}

	}

	record CategoryGroup(String name, String slug, List<CatalogueSkill> skills, Counts counts) {
	}

	/** What a group of skills holds: its skills, the distinct roles they name, and their required cells. */
	record Counts(long skills, long roles, long required, long cells) {

		/** The share of cells that are required, in whole percent. */
		public long requiredShare() {
			return (this.cells == 0) ? 0 : Math.round(100.0 * this.required / this.cells);
		}

	}

	/** A skill that names a role: the pairs from which roles and their counts are made. */
	record SkillRole(String skill, String role, String roleSlug) {
	}

	/**
	 * Groups skills that arrive sorted by domain, then category, keeping that order.
	 * @param pairs every skill with every role it names
	 */
	static Catalogue of(List<CatalogueSkill> skills, List<SkillRole> pairs, List<Level> levels) {
		Map<String, Set<String>> rolesBySkill = new HashMap<>();
		Map<String, RoleEntry> roles = new HashMap<>();
		for (SkillRole pair : pairs) {
			rolesBySkill.computeIfAbsent(pair.skill(), (key) -> new HashSet<>()).add(pair.roleSlug());
			roles.merge(pair.roleSlug(), new RoleEntry(pair.role(), pair.roleSlug(), 1),
					(a, b) -> new RoleEntry(a.name(), a.slug(), a.skills() + 1));
		}
		Map<String, Map<String, List<CatalogueSkill>>> tree = new LinkedHashMap<>();
		for (CatalogueSkill skill : skills) {
			tree.computeIfAbsent(skill.domainSlug(), (key) -> new LinkedHashMap<>())
				.computeIfAbsent(skill.categorySlug(), (key) -> new ArrayList<>())
				.add(skill);
		}
		List<DomainGroup> domains = tree.values().stream().map((categories) -> {
			List<CategoryGroup> groups = categories.values().stream().map((entries) -> {
				CatalogueSkill first = entries.get(0);
				return new CategoryGroup(first.category(), first.categorySlug(), List.copyOf(entries),
						counts(entries, rolesBySkill));
			}).toList();
			CatalogueSkill first = groups.get(0).skills().get(0);
			List<CatalogueSkill> all = groups.stream().flatMap((group) -> group.skills().stream()).toList();
			return new DomainGroup(first.domain(), first.domainSlug(), groups, counts(all, rolesBySkill));
		}).toList();
		return new Catalogue(domains, RoleGroup.of(roles.values()), levels.get(0), levels.get(levels.size() - 1),
				skills.size() > COMPACT_FROM);
	}

	private static Counts counts(List<CatalogueSkill> skills, Map<String, Set<String>> rolesBySkill) {
		Set<String> roles = new HashSet<>();
		skills.forEach((skill) -> roles.addAll(rolesBySkill.getOrDefault(skill.slug(), Set.of())));
		return new Counts(skills.size(), roles.size(), sum(skills, (skill) -> skill.figures().required()),
				sum(skills, (skill) -> skill.figures().required() + skill.figures().optional()));
	}

	private static long sum(List<CatalogueSkill> skills, Function<CatalogueSkill, Long> value) {
		return skills.stream().mapToLong(value::apply).sum();
	}

	public long roleCount() {
		return this.roles.stream().mapToLong((group) -> group.roles().size()).sum();
	}

	public Optional<DomainGroup> domain(String slug) {
		return this.domains.stream().filter((domain) -> domain.slug().equals(slug)).findFirst();
	}

}

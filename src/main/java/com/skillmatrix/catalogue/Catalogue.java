package com.skillmatrix.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.skillmatrix.matrix.Level;

/**
 * The catalogue page's model: domains, their categories and skills in order, the list of roles, and the ends of the
 * growth path that its introduction names.
 */
record Catalogue(List<DomainGroup> domains, List<RoleEntry> roles, Level firstLevel, Level lastLevel) {

	record DomainGroup(String name, String slug, List<CategoryGroup> categories) {
	}

	record CategoryGroup(String name, String slug, List<SkillEntry> skills) {
	}

	/** Groups skills that arrive sorted by domain, then category, keeping that order. */
	static Catalogue of(List<SkillEntry> skills, List<RoleEntry> roles, List<Level> levels) {
		Map<String, Map<String, List<SkillEntry>>> tree = new LinkedHashMap<>();
		for (SkillEntry skill : skills) {
			tree.computeIfAbsent(skill.domainSlug(), (key) -> new LinkedHashMap<>())
				.computeIfAbsent(skill.categorySlug(), (key) -> new ArrayList<>())
				.add(skill);
		}
		List<DomainGroup> domains = tree.values().stream().map((categories) -> {
			List<CategoryGroup> groups = categories.values().stream().map((entries) -> {
				SkillEntry first = entries.get(0);
				return new CategoryGroup(first.category(), first.categorySlug(), List.copyOf(entries));
			}).toList();
			SkillEntry first = groups.get(0).skills().get(0);
			return new DomainGroup(first.domain(), first.domainSlug(), groups);
		}).toList();
		return new Catalogue(domains, List.copyOf(roles), levels.get(0), levels.get(levels.size() - 1));
	}

}

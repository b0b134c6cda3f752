package com.skillmatrix.api;

import java.time.LocalDate;
import java.util.List;

import com.skillmatrix.matrix.Figures;
import com.skillmatrix.matrix.CatalogueSkill;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A page of the list of skills, in the catalogue's order (by domain, category and name), with the addresses of the
 * pages before and after it.
 *
 * @param next the next page's address, or null on the last
 * @param previous the previous page's address, or null on the first
 */
record SkillList(String url, String htmlUrl, int page, int size, int totalItems, int totalPages,
		@Schema(types = { "string", "null" }) String next, @Schema(types = { "string", "null" }) String previous,
		List<SkillItem> items) {

	static SkillList of(List<CatalogueSkill> skills, Paging paging, ApiLinks links) {
		String list = links.api("/skills");
		int pages = paging.pages(skills.size());
		List<SkillItem> items = paging.of(skills)
			.stream()
			.map((skill) -> new SkillItem(links.skill(skill.slug()), links.page("/skills/" + skill.slug()),
					skill.slug(), skill.name(), skill.summary(), skill.domain(), skill.category(), skill.lastUpdated(),
					skill.figures()))
			.toList();
		return new SkillList(paging.url(list, paging.page()), links.page("/"), paging.page(), paging.size(),
				skills.size(), pages, (paging.page() < pages) ? paging.url(list, paging.page() + 1) : null,
				(paging.page() > 1) ? paging.url(list, paging.page() - 1) : null, items);
	}

	/** A skill in the list: where it sits, its figures and when it was last updated. */
	record SkillItem(String url, String htmlUrl, String slug, String name, String summary, String domain,
			String category, LocalDate lastUpdated, Figures figures) {
	}

}

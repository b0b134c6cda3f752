package com.skillmatrix.matrix;

import java.time.LocalDate;

/** A skill as the catalogue (and the API's list of skills) shows it: where it sits and its figures. */
public record CatalogueSkill(String domain, String domainSlug, String category, String categorySlug, String name,
		String slug, String summary, LocalDate lastUpdated, Figures figures) {

	/** The shape the query selects: counts, not figures, so that the figures are computed in one place. */
	public CatalogueSkill(String domain, String domainSlug, String category, String categorySlug, String name, String slug,
			String summary, LocalDate lastUpdated, long roles, long levels, Long required, long cells) {
		this(domain, domainSlug, category, categorySlug, name, slug, summary, lastUpdated,
				Figures.of(roles, levels, required, cells));
	}

}

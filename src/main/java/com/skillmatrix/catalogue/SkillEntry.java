package com.skillmatrix.catalogue;

import java.time.LocalDate;

import com.skillmatrix.matrix.Figures;

/** One skill in the catalogue, with where it sits and its figures. */
record SkillEntry(String domain, String domainSlug, String category, String categorySlug, String name, String slug,
		String summary, LocalDate lastUpdated, Figures figures) {

	/** The shape the catalogue query selects: counts, not figures, so that the figures are computed in one place. */
	SkillEntry(String domain, String domainSlug, String category, String categorySlug, String name, String slug,
			String summary, LocalDate lastUpdated, long roles, long levels, Long mandatory, long cells) {
		this(domain, domainSlug, category, categorySlug, name, slug, summary, lastUpdated,
				Figures.of(roles, levels, mandatory, cells));
	}

}

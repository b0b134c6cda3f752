package com.skillmatrix.matrix;

import java.time.LocalDate;

/** A skill and where it sits in the catalogue. */
public record Skill(long id, String name, String slug, String summary, LocalDate lastUpdated, String domain,
		String domainSlug, String category, String categorySlug) {

	/** Whether its category is named after its domain ({@link Names#showsCategory}). */
	public boolean showsCategory() {
		return Names.showsCategory(this.domain, this.category);
	}

}

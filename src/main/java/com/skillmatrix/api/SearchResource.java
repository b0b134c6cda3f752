package com.skillmatrix.api;

import java.util.List;
import java.util.function.Function;

import com.skillmatrix.index.SearchRequest;
import com.skillmatrix.index.SearchResults;
import com.skillmatrix.index.SearchResults.Hits;
import com.skillmatrix.index.SearchResults.Segment;
import com.skillmatrix.index.SearchResults.Suggestion;

/**
 * A search and what it found, at {@code /api/v1/search}; the snippets are plain text, the marks being the page's
 * business.
 *
 * @param suggestions where the search found nothing, the terms of the matrix closest to the words it did not know
 */
record SearchResource(String url, String htmlUrl, String q, int total, HitList<SkillHit> skills,
		HitList<RoleHit> roles, HitList<CellHit> cells, List<String> suggestions) {

	/**
	 * @param results what the search found, or null where it has no words
	 * @param query the request's query string, "?" included, or empty
	 */
	static SearchResource of(SearchRequest search, SearchResults results, String query, ApiLinks links) {
		String url = links.api("/search" + query);
		String htmlUrl = links.page("/search" + query);
		if (results == null) {
			return new SearchResource(url, htmlUrl, search.text(), 0, HitList.none(), HitList.none(), HitList.none(),
					List.of());
		}
		return new SearchResource(url, htmlUrl, search.text(), results.total(),
				HitList.of(results.skills(), (hit) -> new SkillHit(hit.skill().slug(), hit.skill().name(),
						links.skill(hit.skill().slug()), links.page("/skills/" + hit.skill().slug()))),
				HitList.of(results.roles(), (hit) -> new RoleHit(hit.role().slug(), hit.role().name(),
						links.role(hit.role().slug()), links.page("/roles/" + hit.role().slug()))),
				HitList.of(results.cells(),
						(hit) -> new CellHit(hit.skill().slug(), hit.skill().name(), hit.role().slug(),
								hit.role().name(), hit.level().slug(), hit.level().name(), hit.required(),
								String.join("", hit.snippet().stream().map(Segment::text).toList()),
								links.page("/skills/" + hit.skill().slug() + "/roles/" + hit.role().slug() + "#"
										+ hit.level().slug()))),
				results.suggestions().stream().map(Suggestion::term).toList());
	}

	/** The best results of one kind and how many there are in all. */
	record HitList<T>(int total, List<T> items) {

		static <T> HitList<T> none() {
			return new HitList<>(0, List.of());
		}

		static <H, T> HitList<T> of(Hits<H> hits, Function<H, T> item) {
			return new HitList<>(hits.total(), hits.hits().stream().map(item).toList());
		}

	}

	record SkillHit(String slug, String name, String url, String htmlUrl) {
	}

	record RoleHit(String slug, String name, String url, String htmlUrl) {
	}

	record CellHit(String skill, String skillName, String role, String roleName, String level, String levelName,
			boolean required, String snippet, String htmlUrl) {
	}

}

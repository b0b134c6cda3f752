package com.skillmatrix.search;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The search page's results as JSON, at {@code /api/v1/search}: the same search, the same filters and the same
 * answers to a bad request, which the API gives as problem details.
 */
@RestController
class SearchApiController {

	private final MatrixSearch search;

	SearchApiController(MatrixSearch search) {
		this.search = search;
	}

	@Operation(tags = "search", summary = "Search skills, roles and every cell, as the search page does",
			description = "Words match in any form, small typos in longer words are forgiven, and quoted words match as "
					+ "a phrase. Each kind of result lists its best matches, at most 50, with the total.")
	@GetMapping(path = "/api/v1/search", produces = MediaType.APPLICATION_JSON_VALUE)
	SearchResource search(@Parameter(description = "The words to search for, at most 200 characters.")
			@RequestParam(required = false) String q,
			@Parameter(description = "A level's slug: only cells at that level.") @RequestParam(required = false) String level,
			@Parameter(description = "A role's slug: only that role.") @RequestParam(required = false) String role,
			@Parameter(description = "A domain's slug: only skills and cells of that domain.")
			@RequestParam(required = false) String domain,
			@Parameter(description = "'true' for required cells only.") @RequestParam(required = false) String required,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			HttpServletRequest request) {
		SearchIndex index = this.search.index();
		SearchForm form = SearchController.form(parameters, index);
		String origin = ServletUriComponentsBuilder.fromContextPath(request).replacePath("").build().toUriString();
		String query = request.getQueryString();
		SearchResults results = form.hasText() ? index.search(form.query()) : null;
		return SearchResource.of(origin, (query != null) ? "?" + query : "", form, results);
	}

	/** A search and what it found; the snippets are plain text, the marks being the page's business. */
	record SearchResource(String url, String htmlUrl, String q, int total, Matches<SkillMatch> skills,
			Matches<RoleMatch> roles, Matches<CellMatch> cells, List<String> suggestions) {

		static SearchResource of(String origin, String query, SearchForm form, SearchResults results) {
			if (results == null) {
				return new SearchResource(origin + "/api/v1/search" + query, origin + "/search" + query, form.text(), 0,
						new Matches<>(0, List.of()), new Matches<>(0, List.of()), new Matches<>(0, List.of()), List.of());
			}
			return new SearchResource(origin + "/api/v1/search" + query, origin + "/search" + query, form.text(),
					results.total(),
					new Matches<>(results.skills().total(), results.skills().hits().stream()
						.map((hit) -> new SkillMatch(hit.skill().slug(), hit.skill().name(),
								origin + "/api/v1/skills/" + hit.skill().slug(), origin + "/skills/" + hit.skill().slug()))
						.toList()),
					new Matches<>(results.roles().total(), results.roles().hits().stream()
						.map((hit) -> new RoleMatch(hit.role().slug(), hit.role().name(),
								origin + "/api/v1/roles/" + hit.role().slug(), origin + "/roles/" + hit.role().slug()))
						.toList()),
					new Matches<>(results.cells().total(), results.cells().hits().stream()
						.map((hit) -> new CellMatch(hit.skill().slug(), hit.skill().name(), hit.role().slug(),
								hit.role().name(), hit.level().slug(), hit.level().name(), hit.required(),
								String.join("", hit.snippet().stream().map(SearchResults.Segment::text).toList()),
								origin + "/skills/" + hit.skill().slug() + "/roles/" + hit.role().slug() + "#"
										+ hit.level().slug()))
						.toList()),
					results.suggestions().stream().map(SearchResults.Suggestion::term).toList());
		}

	}

	/** The best results of one kind and how many there are in all. */
	record Matches<T>(int total, List<T> items) {
	}

	record SkillMatch(String slug, String name, String url, String htmlUrl) {
	}

	record RoleMatch(String slug, String name, String url, String htmlUrl) {
	}

	record CellMatch(String skill, String skillName, String role, String roleName, String level, String levelName,
			boolean required, String snippet, String htmlUrl) {
	}

}

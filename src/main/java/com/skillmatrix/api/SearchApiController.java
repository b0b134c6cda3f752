package com.skillmatrix.api;

import com.skillmatrix.index.CurrentIndex;
import com.skillmatrix.index.SearchIndex;
import com.skillmatrix.index.SearchRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The search page's results as JSON: the same search, the same filters and the same answers to a bad request, which
 * the API gives as problem details.
 */
@RestController
@RequestMapping(path = ApiLinks.BASE, produces = MediaType.APPLICATION_JSON_VALUE)
class SearchApiController {

	private final CurrentIndex index;

	SearchApiController(CurrentIndex index) {
		this.index = index;
	}

	@Operation(tags = "search", summary = "Search skills, roles and every cell, as the search page does",
			description = "Words match in any form, small typos in longer words are forgiven, and quoted words match as "
					+ "a phrase. Each kind of result lists its best matches, at most " + SearchIndex.SHOWN
					+ ", with the total.")
	@GetMapping("/search")
	SearchResource search(
			@Parameter(description = "The words to search for, at most " + SearchRequest.MAX_LENGTH + " characters.")
			@RequestParam(required = false) String q,
			@Parameter(description = "A level's slug: only cells at that level.") @RequestParam(required = false) String level,
			@Parameter(description = "A role's slug: only that role.") @RequestParam(required = false) String role,
			@Parameter(description = "A domain's slug: only skills and cells of that domain.")
			@RequestParam(required = false) String domain,
			@Parameter(description = "'true' for required cells only.") @RequestParam(required = false) String required,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters,
			HttpServletRequest request) {
		SearchIndex index = this.index.get();
		SearchRequest search = SearchRequest.of(parameters, index);
		String query = (request.getQueryString() != null) ? "?" + request.getQueryString() : "";
		return SearchResource.of(search, search.hasText() ? index.search(search.query()) : null, query,
				ApiLinks.of(request));
	}

}

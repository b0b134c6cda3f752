package com.skillmatrix.search;

import com.skillmatrix.index.CurrentIndex;
import com.skillmatrix.index.SearchIndex;
import com.skillmatrix.index.SearchRequest;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: the form alone without words, else the results, grouped and narrowed by the filters chosen. A
 * search too long, or a filter that names nothing in the matrix, is a bad request that says which.
 */
@Controller
@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
class SearchController {

	private final CurrentIndex index;

	SearchController(CurrentIndex index) {
		this.index = index;
	}

	@GetMapping("/search")
	String search(@RequestParam MultiValueMap<String, String> parameters, Model model) {
		SearchIndex index = this.index.get();
		SearchRequest request = SearchRequest.of(parameters, index);
		model.addAttribute("form", SearchForm.of(request));
		model.addAttribute("levels", index.levels());
		model.addAttribute("roles", index.roles());
		model.addAttribute("domains", index.domains());
		if (request.hasText()) {
			model.addAttribute("results", index.search(request.query()));
		}
		return "search/search";
	}

}

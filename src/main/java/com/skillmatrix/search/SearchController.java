package com.skillmatrix.search;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.skillmatrix.matrix.Level;
import com.skillmatrix.system.PageException;

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

	/** The longest search, in characters (the forms' {@code maxlength}). */
	static final int MAX_LENGTH = 200;

	private final MatrixSearch search;

	SearchController(MatrixSearch search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam MultiValueMap<String, String> parameters, Model model) {
		SearchIndex index = this.search.index();
		SearchForm form = form(parameters, index);
		model.addAttribute("form", form);
		model.addAttribute("levels", index.levels());
		model.addAttribute("roles", index.roles());
		model.addAttribute("domains", index.domains());
		if (form.hasText()) {
			model.addAttribute("results", index.search(form.query()));
		}
		return "search/search";
	}

	/** The search the parameters ask for; a search too long, or a filter that names nothing, is a bad request. */
	static SearchForm form(MultiValueMap<String, String> parameters, SearchIndex index) {
		String text = parameter(parameters, SearchForm.QUERY);
		int length = text.codePointCount(0, text.length());
		if (length > MAX_LENGTH) {
			throw PageException.badRequest("badRequest.search.tooLong", length, MAX_LENGTH);
		}
		return new SearchForm(text.strip(),
				filter(parameters, SearchForm.LEVEL, index::level, (slug) -> PageException
					.badRequest("badRequest.search.level", slug, names(index.levels(), Level::name))),
				filter(parameters, SearchForm.ROLE, index::role,
						(slug) -> PageException.badRequest("badRequest.search.role", slug)),
				filter(parameters, SearchForm.DOMAIN, index::domain, (slug) -> PageException
					.badRequest("badRequest.search.domain", slug, names(index.domains(), Domain::name))),
				requiredOnly(parameters));
	}

	/** A parameter's one value, empty where it is absent or left empty, as a form's "any" choice sends it. */
	private static String parameter(MultiValueMap<String, String> parameters, String name) {
		List<String> values = parameters.getOrDefault(name, List.of());
		if (values.size() > 1) {
			throw PageException.badRequest("badRequest.search.repeated", name);
		}
		return values.isEmpty() ? "" : values.get(0);
	}

	/** What a filter names in the matrix, or null where it is not set; naming nothing is a bad request. */
	private static <T> T filter(MultiValueMap<String, String> parameters, String name,
			Function<String, Optional<T>> lookup, Function<String, PageException> unknown) {
		String slug = parameter(parameters, name);
		return slug.isEmpty() ? null : lookup.apply(slug).orElseThrow(() -> unknown.apply(slug));
	}

	private static boolean requiredOnly(MultiValueMap<String, String> parameters) {
		String value = parameter(parameters, SearchForm.REQUIRED);
		if (!value.isEmpty() && !value.equals(SearchForm.REQUIRED_VALUE)) {
			throw PageException.badRequest("badRequest.requiredOnly", SearchForm.REQUIRED, SearchForm.REQUIRED_VALUE);
		}
		return !value.isEmpty();
	}

	private static <T> String names(List<T> items, Function<T, String> name) {
		return String.join(", ", items.stream().map(name).toList());
	}

}

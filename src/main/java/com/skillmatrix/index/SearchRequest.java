package com.skillmatrix.index;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.skillmatrix.matrix.Domain;
import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.system.PageException;

import org.springframework.util.MultiValueMap;

/**
 * A search as its address asks for it, on the search page or in the API: the words, and each filter looked up in
 * the matrix, or null where it is not set. A search too long, a parameter given twice, or a filter that names nothing
 * in the matrix is a bad request that says which.
 */
public record SearchRequest(String text, Level level, Role role, Domain domain, boolean requiredOnly) {

	/** The longest search, in characters (the forms' {@code maxlength}). */
	public static final int MAX_LENGTH = 200;

	public static final String QUERY = "q";

	public static final String LEVEL = "level";

	public static final String ROLE = "role";

	public static final String DOMAIN = "domain";

	public static final String REQUIRED = "required";

	public static final String REQUIRED_VALUE = "true";

	public static SearchRequest of(MultiValueMap<String, String> parameters, SearchIndex index) {
		String text = parameter(parameters, QUERY);
		int length = text.codePointCount(0, text.length());
		if (length > MAX_LENGTH) {
			throw PageException.badRequest("badRequest.search.tooLong", length, MAX_LENGTH);
		}
		return new SearchRequest(text.strip(),
				filter(parameters, LEVEL, index::level, (slug) -> PageException
					.badRequest("badRequest.search.level", slug, names(index.levels(), Level::name))),
				filter(parameters, ROLE, index::role,
						(slug) -> PageException.badRequest("badRequest.search.role", slug)),
				filter(parameters, DOMAIN, index::domain, (slug) -> PageException
					.badRequest("badRequest.search.domain", slug, names(index.domains(), Domain::name))),
				requiredOnly(parameters));
	}

	public boolean hasText() {
		return !this.text.isEmpty();
	}

	/** The search for the index: the filters by slug. */
	public SearchQuery query() {
		return new SearchQuery(this.text, (this.level != null) ? this.level.slug() : null,
				(this.role != null) ? this.role.slug() : null, (this.domain != null) ? this.domain.slug() : null,
				this.requiredOnly);
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
		String value = parameter(parameters, REQUIRED);
		if (!value.isEmpty() && !value.equals(REQUIRED_VALUE)) {
			throw PageException.badRequest("badRequest.requiredOnly", REQUIRED, REQUIRED_VALUE);
		}
		return !value.isEmpty();
	}

	private static <T> String names(List<T> items, Function<T, String> name) {
		return String.join(", ", items.stream().map(name).toList());
	}

}

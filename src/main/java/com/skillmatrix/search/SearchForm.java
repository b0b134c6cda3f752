package com.skillmatrix.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.skillmatrix.index.SearchRequest;
import com.skillmatrix.matrix.Domain;
import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Role;

import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * A search as the page shows it in its form ({@link SearchRequest}); and the addresses of the same search with one
 * thing changed, for the links that remove a filter or follow a suggestion.
 */
record SearchForm(String text, Level level, Role role, Domain domain, boolean requiredOnly) {

	static SearchForm of(SearchRequest request) {
		return new SearchForm(request.text(), request.level(), request.role(), request.domain(),
				request.requiredOnly());
	}

	public boolean hasText() {
		return !this.text.isEmpty();
	}

	/** The filters in use, each with the address of this search without it. */
	public List<Choice> choices() {
		List<Choice> choices = new ArrayList<>();
		if (this.level != null) {
			choices.add(new Choice("search.filter.level", this.level.name(),
					new SearchForm(this.text, null, this.role, this.domain, this.requiredOnly).href()));
		}
		if (this.role != null) {
			choices.add(new Choice("search.filter.role", this.role.name(),
					new SearchForm(this.text, this.level, null, this.domain, this.requiredOnly).href()));
		}
		if (this.domain != null) {
			choices.add(new Choice("search.filter.domain", this.domain.name(),
					new SearchForm(this.text, this.level, this.role, null, this.requiredOnly).href()));
		}
		if (this.requiredOnly) {
			choices.add(new Choice("search.filter.required", null,
					new SearchForm(this.text, this.level, this.role, this.domain, false).href()));
		}
		return choices;
	}

	/** This search with other words, filters kept: where a suggestion leads. */
	public String href(String otherText) {
		return new SearchForm(otherText, this.level, this.role, this.domain, this.requiredOnly).href();
	}

	/** The address of this search; its words are encoded as a form would, "+" included. */
	public String href() {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/search");
		if (hasText()) {
			url.queryParam(SearchRequest.QUERY, UriUtils.encode(this.text, StandardCharsets.UTF_8));
		}
		if (this.level != null) {
			url.queryParam(SearchRequest.LEVEL, this.level.slug());
		}
		if (this.role != null) {
			url.queryParam(SearchRequest.ROLE, this.role.slug());
		}
		if (this.domain != null) {
			url.queryParam(SearchRequest.DOMAIN, this.domain.slug());
		}
		if (this.requiredOnly) {
			url.queryParam(SearchRequest.REQUIRED, SearchRequest.REQUIRED_VALUE);
		}
		return url.build(true).toUriString();
	}

	/**
	 * A filter in use, said in words, and the address without it.
	 *
	 * @param code the message that names the filter
	 * @param value what it is set to, such as a level's name
	 */
	record Choice(String code, String value, String href) {
	}

}

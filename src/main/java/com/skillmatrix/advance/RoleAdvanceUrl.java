package com.skillmatrix.advance;

import java.util.List;
import java.util.Map;

import com.skillmatrix.matrix.RoleAdvance;
import com.skillmatrix.system.RequiredOnly;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address of a role's advance as it was asked for, so that the "Required only" switch keeps the rest: a page
 * reached without {@code to} keeps leading to the next level.
 *
 * @param parameters the target's parameters as given: {@code to}, or {@code to-role} and {@code to-level}
 */
record RoleAdvanceUrl(String role, String from, List<Map.Entry<String, String>> parameters, boolean requiredOnly) {

	private static final List<String> TARGET = List.of("to", "to-role", "to-level");

	static RoleAdvanceUrl of(RoleAdvance advance, MultiValueMap<String, String> query) {
		List<Map.Entry<String, String>> parameters = TARGET.stream()
			.filter(query::containsKey)
			.map((name) -> Map.entry(name, query.getFirst(name)))
			.toList();
		return new RoleAdvanceUrl(advance.role().slug(), advance.from().slug(), parameters, advance.requiredOnly());
	}

	/** The value a target's parameter was given, or null where it was not. */
	public String given(String name) {
		return this.parameters.stream()
			.filter((parameter) -> parameter.getKey().equals(name))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	public RoleAdvanceUrl withRequiredOnly(boolean requiredOnly) {
		return new RoleAdvanceUrl(this.role, this.from, this.parameters, requiredOnly);
	}

	@Override
	public String toString() {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/roles/{role}/advance").queryParam("from", this.from);
		this.parameters.forEach((parameter) -> url.queryParam(parameter.getKey(), parameter.getValue()));
		if (this.requiredOnly) {
			url.queryParam(RequiredOnly.PARAMETER, RequiredOnly.VALUE);
		}
		return url.encode().buildAndExpand(this.role).toUriString();
	}

}

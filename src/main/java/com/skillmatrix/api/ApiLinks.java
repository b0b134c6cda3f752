package com.skillmatrix.api;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The absolute addresses of the API's resources and of the pages that show them, on the origin the request came to,
 * as the pages' canonical links are: every resource names its own {@code url} and its page's {@code htmlUrl}.
 *
 * @param origin scheme, host, port and context path, such as {@code https://skills.example.com}
 */
record ApiLinks(String origin) {

	/** Where the API's first version answers. */
	static final String BASE = "/api/v1";

	static ApiLinks of(HttpServletRequest request) {
		return new ApiLinks(ServletUriComponentsBuilder.fromContextPath(request).build().toUriString());
	}

	/** A resource of the API, by its path below {@link #BASE}. */
	String api(String path) {
		return this.origin + BASE + path;
	}

	/** A page of the site, by its path. */
	String page(String path) {
		return this.origin + path;
	}

	String skill(String slug) {
		return api("/skills/" + slug);
	}

	String role(String slug) {
		return api("/roles/" + slug);
	}

}

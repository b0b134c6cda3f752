package com.skillmatrix.system;

import java.io.IOException;
import java.util.Collections;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns requests that no page could answer into plain error pages before they reach the application: an overlong
 * address (414, with more room for a growth plan's form), oversized headers (431), and a path or parameters that cannot be decoded (400). The server's own limits are
 * set higher, so that these answers come in the site's layout rather than as the server's bare page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestLimits extends OncePerRequestFilter {

	static final int MAX_URI_LENGTH = 2048;

	/**
	 * A growth plan's form sends one parameter for each skill of a role, which for a role of a hundred skills or more
	 * is longer than any other address; the page answers it at once with its compact address, which is short.
	 */
	static final int MAX_PLAN_URI_LENGTH = 16 * 1024;

	private static final Pattern PLAN = Pattern.compile("(/api/v1)?/roles/[^/]+/plan");

	static final int MAX_HEADER_BYTES = 16 * 1024;

	private static final Pattern BROKEN_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		int uriLength = request.getRequestURI().length() + ((query != null) ? query.length() + 1 : 0);
		if (uriLength > MAX_URI_LENGTH
				&& (uriLength > MAX_PLAN_URI_LENGTH || !PLAN.matcher(request.getRequestURI()).matches())) {
			response.sendError(HttpStatus.URI_TOO_LONG.value());
			return;
		}
		if (headerBytes(request) > MAX_HEADER_BYTES) {
			response.sendError(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.value());
			return;
		}
		if (BROKEN_ESCAPE.matcher(request.getRequestURI()).find()) {
			// The container lets "%zz" through inside ";" path parameters; the path cannot be decoded.
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		try {
			request.getParameterMap();
		}
		catch (RuntimeException ex) {
			// The container could not decode a parameter, such as "%zz": the request is malformed.
			response.sendError(HttpStatus.BAD_REQUEST.value());
			return;
		}
		chain.doFilter(request, response);
	}

	private static int headerBytes(HttpServletRequest request) {
		int bytes = 0;
		for (String name : Collections.list(request.getHeaderNames())) {
			for (String value : Collections.list(request.getHeaders(name))) {
				bytes += name.length() + value.length() + 4;
			}
		}
		return bytes;
	}

}

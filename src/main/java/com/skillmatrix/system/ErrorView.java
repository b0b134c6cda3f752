package com.skillmatrix.system;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page: one template ({@code error.html}, in the site's layout) and its model, for every error whoever
 * answers it: a controller's exception ({@link ExceptionAdvice}), the container's error dispatch
 * ({@link ErrorDispatchController}) and what Tomcat turns away before the application runs
 * ({@link TomcatErrorReport}).
 */
final class ErrorView {

	static final String TEMPLATE = "error";

	/** Statuses with a title and text of their own in messages.properties; others fall back to 4xx or 5xx. */
	private static final Set<Integer> DESCRIBED = Set.of(400, 404, 405, 406, 410, 414, 431, 503);

	private ErrorView() {
	}

	/** The messages of a status: its own where it has them, else those of any client or server error. */
	static String key(int status) {
		return DESCRIBED.contains(status) ? String.valueOf(status) : (status >= 500) ? "server" : "client";
	}

	static ModelAndView of(HttpStatus status, String detail, List<PageException.PageLink> links) {
		return new ModelAndView(TEMPLATE, model(status.value(), detail, links), status);
	}

	/** What the error template shows: the status's words, or the detail given in their place, and links on. */
	static Map<String, Object> model(int status, String detail, List<PageException.PageLink> links) {
		String key = key(status);
		Map<String, Object> model = new HashMap<>();
		model.put("titleCode", "error." + key + ".title");
		model.put("detailCode", "error." + key + ".detail");
		model.put("detail", detail);
		model.put("links", links);
		// An error is not a page to link to or index, whichever address it answered.
		model.put("canonicalUrl", null);
		return model;
	}

}

package com.skillmatrix.system;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The answer to the container's error dispatch ({@code /error}: a filter's {@code sendError}, a failure outside a
 * controller), in place of Boot's: always the site's error page ({@link ErrorView}), whatever the client accepts,
 * so that a crawler's {@code Accept: *}{@code /*} gets the same plain page as a browser rather than a JSON report;
 * for an address under {@code /api/}, always a problem in JSON.
 */
@Controller
class ErrorDispatchController implements ErrorController {

	private final Problems problems;

	ErrorDispatchController(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping("/error")
	Object error(HttpServletRequest request, Locale locale) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			// Asked for directly, /error is just a page that does not exist.
			return ErrorView.of(HttpStatus.NOT_FOUND, null, List.of());
		}
		HttpStatus resolved = (code instanceof Integer value) ? HttpStatus.resolve(value) : null;
		HttpStatus status = (resolved != null && resolved.isError()) ? resolved : HttpStatus.INTERNAL_SERVER_ERROR;
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
				&& Problems.wanted(uri, request.getContextPath())) {
			return this.problems.problem(Problems.of(status), uri, locale);
		}
		return ErrorView.of(status, null, List.of());
	}

}

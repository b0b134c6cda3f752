package com.skillmatrix.system;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error as a page in the site's layout, saying in plain words what went wrong and where to go next.
 * <p>
 * A {@link PageException} from a controller names what was not found or what is wrong. Errors that Spring raises
 * itself (no such path, a method not allowed) come through Boot's error controller and this view resolver, which
 * passes on the status alone: never an exception, a message or a trace.
 */
@ControllerAdvice
class ErrorPages implements ErrorViewResolver {

	/** Statuses with a title and text of their own in messages.properties; others fall back to 4xx or 5xx. */
	private static final Set<Integer> DESCRIBED = Set.of(400, 404, 405, 406, 503);

	private static final Log logger = LogFactory.getLog(ErrorPages.class);

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(PageException.class)
	ModelAndView page(PageException ex, Locale locale) {
		String detail = this.messages.getMessage(ex.messageCode(), ex.arguments(), locale);
		return view(ex.status(), detail, ex.links());
	}

	/** The database is away: a plain "temporarily unavailable" page, and pages recover by themselves when it is back. */
	@ExceptionHandler({ DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
			TransientDataAccessException.class })
	ModelAndView unavailable(Exception ex, HttpServletResponse response) {
		logger.warn("Database unavailable: " + ex.getMessage());
		response.setHeader(HttpHeaders.RETRY_AFTER, "30");
		return view(HttpStatus.SERVICE_UNAVAILABLE, null, List.of());
	}

	/**
	 * Spring's own request errors (no such path, a method not allowed, a parameter of the wrong type) keep their
	 * status and headers; anything else is a fault of ours, logged and shown as a plain 500 page.
	 */
	@ExceptionHandler(Exception.class)
	ModelAndView request(Exception ex, HttpServletResponse response) {
		if (ex instanceof ErrorResponse error) {
			error.getHeaders().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
			HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
			return view((status != null) ? status : HttpStatus.BAD_REQUEST, null, List.of());
		}
		if (ex instanceof TypeMismatchException) {
			return view(HttpStatus.BAD_REQUEST, null, List.of());
		}
		logger.error("Unexpected error answering " + ex.getClass().getName(), ex);
		return view(HttpStatus.INTERNAL_SERVER_ERROR, null, List.of());
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		return view(status, null, List.of());
	}

	private static ModelAndView view(HttpStatus status, String detail, List<PageException.PageLink> links) {
		String key = DESCRIBED.contains(status.value()) ? String.valueOf(status.value())
				: status.is5xxServerError() ? "server" : "client";
		ModelAndView view = new ModelAndView("error", status);
		view.addObject("titleCode", "error." + key + ".title");
		view.addObject("detailCode", "error." + key + ".detail");
		view.addObject("detail", detail);
		view.addObject("links", links);
		return view;
	}

}

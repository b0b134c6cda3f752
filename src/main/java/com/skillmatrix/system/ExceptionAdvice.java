package com.skillmatrix.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.hibernate.TransactionException;

import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.transaction.CannotCreateTransactionException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every exception raised while Spring MVC answers a request, as the error page ({@link ErrorView}), saying in plain
 * words what went wrong and where to go next; under {@code /api/} as a problem in JSON ({@link Problems}) that says
 * the same.
 * <p>
 * A {@link PageException} from a controller names what was not found or what is wrong; Spring's own request
 * errors keep their status. Errors the container raises (a filter's {@code sendError}, a failure while rendering)
 * reach {@link ErrorDispatchController}, which passes on the status alone: never an exception, a message or a trace.
 */
@ControllerAdvice
class ExceptionAdvice {

	private static final Log logger = LogFactory.getLog(ExceptionAdvice.class);

	private final MessageSource messages;

	private final Problems problems;

	ExceptionAdvice(MessageSource messages, Problems problems) {
		this.messages = messages;
		this.problems = problems;
	}

	@ExceptionHandler(PageException.class)
	Object page(PageException ex, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (Problems.wanted(request.getRequestURI(), request.getContextPath())) {
			return this.problems.problem(ex, request.getRequestURI(), locale);
		}
		String detail = ex.updateAndGetBody(this.messages, locale).getDetail();
		return errorPage(response, HttpStatus.valueOf(ex.getStatusCode().value()), detail, ex.links());
	}

	/**
	 * Spring's own request errors (no such path, a method not allowed, a parameter of the wrong type) keep their
	 * status and headers; a lost database is a 503; anything else is a fault of ours, logged and shown as a plain
	 * 500 page.
	 */
	@ExceptionHandler(Exception.class)
	Object request(Exception ex, HttpServletRequest request, HttpServletResponse response, Locale locale) {
		if (ex instanceof ErrorResponse error) {
			error.getHeaders().forEach((name, values) -> values.forEach((value) -> response.addHeader(name, value)));
			HttpStatus status = HttpStatus.resolve(error.getStatusCode().value());
			return answer(request, response, (status != null) ? status : HttpStatus.BAD_REQUEST, locale);
		}
		if (ex instanceof TypeMismatchException) {
			return answer(request, response, HttpStatus.BAD_REQUEST, locale);
		}
		if (databaseUnavailable(ex)) {
			// A plain "temporarily unavailable" page; pages recover by themselves when the database is back.
			logger.warn("Database unavailable: " + ex.getMessage());
			response.setHeader(HttpHeaders.RETRY_AFTER, "30");
			return answer(request, response, HttpStatus.SERVICE_UNAVAILABLE, locale);
		}
		logger.error("Unexpected error answering " + request.getMethod() + " " + request.getRequestURI(), ex);
		return answer(request, response, HttpStatus.INTERNAL_SERVER_ERROR, locale);
	}

	/** The error page, or under {@code /api/} the problem, of a status alone. */
	private Object answer(HttpServletRequest request, HttpServletResponse response, HttpStatus status, Locale locale) {
		if (Problems.wanted(request.getRequestURI(), request.getContextPath())) {
			return this.problems.problem(Problems.of(status), request.getRequestURI(), locale);
		}
		return errorPage(response, status, null, List.of());
	}

	private static ModelAndView errorPage(HttpServletResponse response, HttpStatus status, String detail,
			List<PageException.PageLink> links) {
		// A missing stylesheet or script must not pass its type on to the page that says so.
		response.setContentType("text/html;charset=UTF-8");
		return ErrorView.of(status, detail, links);
	}

	/**
	 * Whether the failure is the database being out of reach, whichever layer noticed it first: the pool, the
	 * transaction, or a query or rollback on a connection that broke (SQL state class 08). A rollback that fails on
	 * the connection hides the query's own failure, and the pool's "connection is closed" carries no SQL state.
	 */
	static boolean databaseUnavailable(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = (cause.getCause() != cause) ? cause.getCause() : null) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| cause instanceof SQLTransientConnectionException
					|| cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException
					|| (cause instanceof TransactionException && cause.getCause() instanceof SQLException)
					|| (cause instanceof SQLException sql && sql.getSQLState() != null
							&& sql.getSQLState().startsWith("08"))) {
				return true;
			}
		}
		return false;
	}

}

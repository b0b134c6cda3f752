package com.skillmatrix.system;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;

/**
 * Errors of the JSON API as problem details (RFC 9457, {@code application/problem+json}) in place of pages: the
 * status, its reason phrase as the title, and what went wrong in the site's own words as the detail. Each is
 * Spring's {@link ErrorResponse}, whose message codes the message source resolves in the request's language. Like
 * the pages, a problem never names an exception, a framework or a query, and a server error says only that it
 * happened.
 */
@Component
public class Problems {

	/** Where the API answers: every error under this path is a problem, never a page. */
	public static final String API = "/api/";

	/**
	 * A problem repeats what was asked for; saved as a file, it takes this name rather than one from the address, so
	 * that a crafted address cannot make it a download of another kind. Named here, it also spares Spring from
	 * decoding the address to name it, which fails on an address that cannot be decoded.
	 */
	static final String DISPOSITION = "inline; filename=\"problem.json\"";

	private final MessageSource messages;

	Problems(MessageSource messages) {
		this.messages = messages;
	}

	/** Whether an error answering this address, under this context path, is a problem rather than a page. */
	static boolean wanted(String uri, String contextPath) {
		return uri != null && uri.startsWith(contextPath + API);
	}

	/** The problem of a status alone, for errors that name nothing more: the status's own words. */
	static ErrorResponse of(HttpStatusCode status) {
		return new StatusProblem(status);
	}

	/** The message code of a status's title, in the request's language where it is translated. */
	static String titleCode(HttpStatusCode status) {
		return "problem.title." + status.value();
	}

	/**
	 * The problem, whatever the client accepts: a client that refused JSON still learns what went wrong.
	 * @param path the address that was asked for
	 */
	ResponseEntity<ProblemDetail> problem(ErrorResponse error, String path, Locale locale) {
		return ResponseEntity.status(error.getStatusCode())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, DISPOSITION)
			.body(body(error, path, locale));
	}

	/**
	 * The problem of a status as JSON text, for the server's own error report, where no converter runs; its type is
	 * left out, meaning {@code about:blank}, as Spring writes it.
	 */
	String json(int status, String path, Locale locale) {
		ProblemDetail body = body(of(HttpStatusCode.valueOf(status)), path, locale);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("title", body.getTitle());
		problem.put("status", body.getStatus());
		problem.put("detail", body.getDetail());
		if (body.getInstance() != null) {
			problem.put("instance", body.getInstance().toString());
		}
		return JsonMapper.shared().writeValueAsString(problem);
	}

	private ProblemDetail body(ErrorResponse error, String path, Locale locale) {
		ProblemDetail body = error.updateAndGetBody(this.messages, locale);
		body.setInstance(instance(path));
		return body;
	}

	/** The address as the problem's instance; one that is not a valid URI is left out rather than repeated. */
	private static URI instance(String path) {
		try {
			return (path != null) ? URI.create(path) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A status's problem: its title, else its reason phrase, and its detail from messages.properties, those of any
	 * client or server error where it has none of its own.
	 */
	private static final class StatusProblem implements ErrorResponse {

		private final HttpStatusCode status;

		private final ProblemDetail body;

		StatusProblem(HttpStatusCode status) {
			this.status = status;
			this.body = ProblemDetail.forStatus(status);
		}

		@Override
		public HttpStatusCode getStatusCode() {
			return this.status;
		}

		@Override
		public ProblemDetail getBody() {
			return this.body;
		}

		@Override
		public String getTitleMessageCode() {
			return titleCode(this.status);
		}

		@Override
		public String getDetailMessageCode() {
			return "problem." + ErrorView.key(this.status.value());
		}

	}

}

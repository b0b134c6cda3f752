package com.skillmatrix.system;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Errors of the JSON API as problem details (RFC 9457, {@code application/problem+json}) in place of pages: the
 * status, its reason phrase as the title, and what went wrong in the site's own words as the detail. Like the
 * pages, a problem never names an exception, a framework or a query, and a server error says only that it happened.
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

	/**
	 * The problem, whatever the client accepts: a client that refused JSON still learns what went wrong.
	 * @param detail what went wrong, or null for the words of the status
	 * @param path the address that was asked for
	 */
	ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, String path, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				(detail != null) ? detail : this.messages.getMessage(code(status.value()), null, locale));
		problem.setTitle(title(status.value(), status.getReasonPhrase(), locale));
		problem.setInstance(instance(path));
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION, DISPOSITION)
			.body(problem);
	}

	/**
	 * The problem of a status as JSON text, for the server's own error report, where no converter runs; its type is
	 * left out, meaning {@code about:blank}, as Spring writes it.
	 */
	String json(int status, String path, Locale locale) {
		HttpStatus resolved = HttpStatus.resolve(status);
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("title", title(status, (resolved != null) ? resolved.getReasonPhrase() : null, locale));
		problem.put("status", status);
		problem.put("detail", this.messages.getMessage(code(status), null, locale));
		URI instance = instance(path);
		if (instance != null) {
			problem.put("instance", instance.toString());
		}
		return JsonMapper.shared().writeValueAsString(problem);
	}

	/** The status's reason phrase, in the request's language where it is translated. */
	private String title(int status, String reasonPhrase, Locale locale) {
		return this.messages.getMessage("problem.title." + status, null, reasonPhrase, locale);
	}

	private static String code(int status) {
		return "problem." + ErrorPages.key(status);
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

}

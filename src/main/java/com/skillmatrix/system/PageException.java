package com.skillmatrix.system;

import java.util.Arrays;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request the site answers with an error page in its own layout: what was not found, or what is wrong with the
 * request, said in words from messages.properties, with links that lead on. It is Spring's error response: its
 * detail is the message code with its arguments and its title the status's, resolved through the message source
 * in the request's language, so that the API's problem says the same.
 */
public final class PageException extends ErrorResponseException {

	private static final int MAX_QUOTE = 80;

	private final List<PageLink> links;

	private PageException(HttpStatus status, String messageCode, Object[] arguments, List<PageLink> links) {
		super(status, ProblemDetail.forStatus(status), null, messageCode, arguments);
		this.links = List.copyOf(links);
	}

	private static PageException of(HttpStatus status, String messageCode, Object... arguments) {
		Object[] quoted = Arrays.stream(arguments)
			.map((argument) -> (argument instanceof String text) ? quote(text) : argument)
			.toArray();
		return new PageException(status, messageCode, quoted, List.of());
	}

	public static PageException notFound(String messageCode, Object... arguments) {
		return of(HttpStatus.NOT_FOUND, messageCode, arguments);
	}

	public static PageException gone(String messageCode, Object... arguments) {
		return of(HttpStatus.GONE, messageCode, arguments);
	}

	public static PageException badRequest(String messageCode, Object... arguments) {
		return of(HttpStatus.BAD_REQUEST, messageCode, arguments);
	}

	/** The same error, with links to the pages the visitor probably wanted. */
	public PageException withLinks(List<PageLink> links) {
		return new PageException(HttpStatus.valueOf(getStatusCode().value()), getDetailMessageCode(),
				getDetailMessageArguments(), links);
	}

	/**
	 * Text from the request as an error message may quote it: control characters shown as replacement marks, and at
	 * most 80 characters (HTML escaping is the template's).
	 */
	public static String quote(String input) {
		String shown = input.replaceAll("\\p{Cc}", "\uFFFD");
		return (shown.length() > MAX_QUOTE) ? shown.substring(0, MAX_QUOTE) + "…" : shown;
	}

	/** The status's title, as every problem of the site has it. */
	@Override
	public String getTitleMessageCode() {
		return Problems.titleCode(getStatusCode());
	}

	public List<PageLink> links() {
		return this.links;
	}

	/** An answer to a bad address, not a fault: thrown for every one, it has no use for a stack trace. */
	@Override
	public synchronized Throwable fillInStackTrace() {
		return this;
	}

	/** A link on an error page; its text is data, such as a level's name. */
	public record PageLink(String text, String href) {
	}

}

package com.skillmatrix.system;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request the site answers with an error page in its own layout: what was not found, or what is wrong with the
 * request, said in words from messages.properties, with links that lead on.
 */
public final class PageException extends RuntimeException {

	private static final int MAX_QUOTE = 80;

	private final HttpStatus status;

	private final String messageCode;

	private final Object[] arguments;

	private final List<PageLink> links;

	private PageException(HttpStatus status, String messageCode, Object[] arguments, List<PageLink> links) {
		super(messageCode, null, false, false);
		this.status = status;
		this.messageCode = messageCode;
		this.arguments = arguments.clone();
		this.links = List.copyOf(links);
	}

	public static PageException notFound(String messageCode, Object... arguments) {
		return new PageException(HttpStatus.NOT_FOUND, messageCode, arguments, List.of());
	}

	public static PageException gone(String messageCode, Object... arguments) {
		return new PageException(HttpStatus.GONE, messageCode, arguments, List.of());
	}

	public static PageException badRequest(String messageCode, Object... arguments) {
		return new PageException(HttpStatus.BAD_REQUEST, messageCode, arguments, List.of());
	}

	/** The same error, with links to the pages the visitor probably wanted. */
	public PageException withLinks(List<PageLink> links) {
		return new PageException(this.status, this.messageCode, this.arguments, links);
	}

	/**
	 * Text from the request as an error message may quote it: control characters shown as replacement marks, and at
	 * most 80 characters (HTML escaping is the template's).
	 */
	public static String quote(String input) {
		String shown = input.replaceAll("\\p{Cc}", "\uFFFD");
		return (shown.length() > MAX_QUOTE) ? shown.substring(0, MAX_QUOTE) + "…" : shown;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String messageCode() {
		return this.messageCode;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	public List<PageLink> links() {
		return this.links;
	}

	/** A link on an error page; its text is data, such as a level's name. */
	public record PageLink(String text, String href) {
	}

}

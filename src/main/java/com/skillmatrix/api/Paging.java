package com.skillmatrix.api;

import java.util.List;
import java.util.regex.Pattern;

import com.skillmatrix.system.PageException;

/**
 * Which part of a long list a request asks for: {@code page} counts from 1, {@code size} is how many items a page
 * holds. Either may be left out; a value that is not a whole number in range is a bad request that says so, and a
 * page past the end is not found.
 */
record Paging(int page, int size) {

	static final String PAGE = "page";

	static final String SIZE = "size";

	static final int DEFAULT_SIZE = 50;

	static final int MAX_SIZE = 200;

	private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,8}");

	/** The paging asked for; parameters come as given, so that a repeated one ("1,2") is seen as no number. */
	static Paging of(String page, String size) {
		int number = (page != null) ? number(page, Integer.MAX_VALUE, "badRequest.page", PAGE) : 1;
		int items = (size != null) ? number(size, MAX_SIZE, "badRequest.size", SIZE) : DEFAULT_SIZE;
		return new Paging(number, items);
	}

	private static int number(String value, int max, String messageCode, String parameter) {
		if (!NUMBER.matcher(value).matches() || Integer.parseInt(value) > max) {
			throw PageException.badRequest(messageCode, value, parameter, max);
		}
		return Integer.parseInt(value);
	}

	/** How many pages a list of this many items fills; an empty list still has its first page. */
	int pages(int items) {
		return Math.max(1, (items + this.size - 1) / this.size);
	}

	/** The items of this page. */
	<T> List<T> of(List<T> items) {
		int pages = pages(items.size());
		if (this.page > pages) {
			throw PageException.notFound("notFound.page", this.page, pages);
		}
		int from = (this.page - 1) * this.size;
		return items.subList(from, Math.min(items.size(), from + this.size));
	}

	/** The address of another page of the same list, at the same size. */
	String url(String list, int page) {
		return list + "?" + PAGE + "=" + page + "&" + SIZE + "=" + this.size;
	}

}

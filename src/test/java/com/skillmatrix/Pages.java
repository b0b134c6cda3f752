package com.skillmatrix;

import java.io.UnsupportedEncodingException;
import java.io.UncheckedIOException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Fetches pages as a browser would read them: the status, then the HTML parsed by jsoup. */
public final class Pages {

	private Pages() {
	}

	/** A page that must answer 200, parsed; every message key in it must have been resolved. */
	public static Document get(MockMvcTester mvc, String uri) {
		return get(mvc, uri, 200);
	}

	public static Document get(MockMvcTester mvc, String uri, int status) {
		MvcTestResult result = mvc.get().uri(uri).exchange();
		assertThat(result).hasStatus(status);
		return parse(result);
	}

	public static Document parse(MvcTestResult result) {
		try {
			String html = result.getResponse().getContentAsString();
			assertThat(html).as("unresolved message keys").doesNotContain("??");
			return Jsoup.parse(html);
		}
		catch (UnsupportedEncodingException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The element as a sighted reader sees it: without the words that only a screen reader hears. */
	public static Element visible(Element element) {
		Element copy = element.clone();
		copy.select(".visually-hidden").remove();
		return copy;
	}

	/** The text a person reads in an element, with white space folded as a browser folds it. */
	public static String text(Document page, String cssQuery) {
		return page.select(cssQuery).text();
	}

}

package com.skillmatrix;

import java.io.UnsupportedEncodingException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.skillmatrix.loading.Matrix;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Fetches pages as a browser would read them: the status, then the HTML parsed by jsoup. */
public final class Pages {

	/** Dates as pages write them ({@code format.date}). */
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

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

	/** The row of a table's body whose row header says the text given. */
	public static Element row(Document page, String header) {
		return page.select("table tbody tr")
			.stream()
			.filter((tr) -> tr.selectFirst("th[scope=row]") != null && tr.selectFirst("th[scope=row]").text().equals(header))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row of " + header));
	}

	/** How a page writes a date, such as 17 March 2026. */
	public static String date(LocalDate date) {
		return DATE.format(date);
	}

	/** The badge a cell gets in the overview, the role profile's grid and the tables: its flag in words. */
	public static String badge(Matrix.Cell cell) {
		if (cell == null) {
			return "Not expected";
		}
		return cell.required() ? "Required" : "Optional";
	}

	/** The note under a table whose optional expectations are hidden ({@code required.hidden}). */
	public static String hiddenNote(long hidden) {
		if (hidden == 0) {
			return "No optional expectations are hidden.";
		}
		return (hidden == 1) ? "1 optional expectation is hidden." : hidden + " optional expectations are hidden.";
	}

	/** A slug with its first letter in capitals, which names nothing: slugs are case-sensitive. */
	public static String capitalised(String slug) {
		return slug.substring(0, 1).toUpperCase(Locale.ROOT) + slug.substring(1);
	}

}

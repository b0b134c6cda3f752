package com.skillmatrix.http;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import com.skillmatrix.TestMatrix;
import com.skillmatrix.WebTest;
import com.skillmatrix.browser.PageType;
import com.skillmatrix.system.InterfaceLanguage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type, in every language of the interface, is valid HTML by the Nu Html Checker: not one error.
 * Warnings are printed with the test's output and do not fail it.
 */
@WebTest
@Tag("html-checker")
class ValidHtmlTests {

	/** The interface's languages as an address asks for them; the empty one is the default, with no parameter. */
	private static final List<String> LANGUAGES = Stream
		.concat(Stream.of(""), InterfaceLanguage.codes().stream())
		.toList();

	private static final String SKILL = TestMatrix.skill().path();

	@LocalServerPort
	private int port;

	/** A request for a page: the method, the address and the status it must answer. */
	record Page(String method, String address, int status) {

		Page in(String language) {
			if (language.isEmpty()) {
				return this;
			}
			return new Page(this.method, this.address + (this.address.contains("?") ? "&" : "?") + "lang=" + language,
					this.status);
		}

		@Override
		public String toString() {
			return this.method + " " + this.address;
		}

	}

	/**
	 * The page types the browser tests see, and the states and errors they leave out: the search form with no
	 * query, an address the server turns away before the site sees it, one that a filter turns away, and a method
	 * the site does not serve.
	 */
	static Stream<Arguments> pages() {
		Stream<Page> types = Arrays.stream(PageType.values()).map((type) -> new Page("GET", type.path, type.status));
		Stream<Page> others = Stream.of(new Page("GET", "/search", 200), new Page("GET", "/skills/%zz", 400),
				new Page("GET", SKILL + "?level=%zz", 400), new Page("POST", SKILL, 405));
		return Stream.concat(types, others)
			.flatMap((page) -> LANGUAGES.stream().map(page::in))
			.map(Arguments::of);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("pages")
	void everyPageIsValidHtml(Page page) {
		RawHttp.Response response = RawHttp.send(this.port, page.method(), page.address());
		assertThat(response.status()).as(page.toString()).isEqualTo(page.status());
		assertThat(response.header("Content-Type")).as(page.toString()).startsWith("text/html");
		List<HtmlChecker.Message> messages = HtmlChecker.shared().check(response.body());
		messages.stream()
			.filter((message) -> !message.error())
			.forEach((warning) -> System.out.println("[WARNING] HTML of " + page + ": " + warning));
		assertThat(messages.stream().filter(HtmlChecker.Message::error).map(String::valueOf))
			.as("HTML errors in %s", page)
			.isEmpty();
	}

	@Test
	void theCheckerReportsAKnownError() {
		String page = "<!DOCTYPE html><html lang=\"en\"><head><title>Fixture</title></head><body><main>"
				+ "<div aria-labelledby=\"fixture\"><h2 id=\"fixture\">Fixture</h2></div></main></body></html>";
		assertThat(HtmlChecker.shared().check(page)).singleElement()
			.satisfies((message) -> assertThat(message.error()).isTrue())
			.satisfies((message) -> assertThat(message.text()).contains("aria-labelledby"));
		String mended = page.replace("<div ", "<section ").replace("</div>", "</section>");
		assertThat(HtmlChecker.shared().check(mended)).isEmpty();
		assertThat(HtmlChecker.shared().check(mended.replace(" lang=\"en\"", ""))).singleElement()
			.satisfies((message) -> assertThat(message.error()).as("a missing lang is a warning").isFalse());
	}

}

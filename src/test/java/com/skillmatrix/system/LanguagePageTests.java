package com.skillmatrix.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import com.skillmatrix.DescriptionLines;
import com.skillmatrix.Pages;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.WebTest;
import com.skillmatrix.browser.PageType;
import com.skillmatrix.loading.Matrix;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page type in every language: the interface in the language the address names or the browser prefers, the
 * matrix's own words left as written and marked as such, and links that keep the language.
 */
@WebTest
class LanguagePageTests {

	/** Every text of the matrix the run loaded, longest first, so that a name inside a description goes with it. */
	private static final List<String> MATRIX_TEXT = matrixText();

	@Autowired
	private MockMvcTester mvc;

	static Stream<Arguments> pagesInEveryLanguage() {
		return Stream.of(PageType.values())
			.flatMap((type) -> Stream.of(InterfaceLanguage.values()).map((language) -> Arguments.of(type, language)));
	}

	static Stream<Arguments> pagesInOtherLanguages() {
		return pagesInEveryLanguage().filter((arguments) -> arguments.get()[1] != InterfaceLanguage.DEFAULT);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("pagesInEveryLanguage")
	void everyPageIsInTheLanguageItsAddressNames(PageType type, InterfaceLanguage language) {
		String code = language.code();
		Document page = Pages.get(this.mvc, address(type.path, code), type.status);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo(code);
		List<Element> switchLinks = page.select(".language-switch a");
		assertThat(switchLinks).extracting((link) -> link.attr("hreflang"))
			.containsExactlyElementsOf(InterfaceLanguage.codes());
		assertThat(switchLinks).allSatisfy((link) -> assertThat(link.attr("lang")).isEqualTo(link.attr("hreflang")));
		assertThat(page.select(".language-switch a[aria-current=true]")).extracting((link) -> link.attr("hreflang"))
			.containsExactly(code);
		assertThat(page.select(".language-notice")).isEmpty();
		if (type.status == 200) {
			assertThat(page.select("link[rel=alternate][hreflang]").eachAttr("hreflang"))
				.containsExactly("en", "de", "zh", "x-default");
			for (Element alternate : page.select("link[rel=alternate][hreflang]")) {
				String href = alternate.attr("href");
				assertThat(href).startsWith("http://localhost/");
				String hreflang = alternate.attr("hreflang");
				assertThat(href).as(hreflang)
					.satisfies((url) -> assertThat(url.contains("lang=")).isEqualTo(!hreflang.equals("x-default")));
			}
			assertThat(page.select("link[rel=canonical]").attr("href")).contains("lang=" + code);
		}
		for (Element link : page.select("a[href^=/]:not(.language-switch a)")) {
			String href = link.attr("href");
			if (!href.startsWith("/api/") && !href.matches("[^?#]*/[^/?#]*\\.[^/?#]*([?#].*)?")) {
				assertThat(href).as("a link of " + type.path).contains("lang=" + code);
			}
		}
		for (Element form : page.select("form")) {
			assertThat(form.select("input[type=hidden][name=lang]").eachAttr("value")).as("a form of " + type.path)
				.containsExactly(code);
			assertThat(form.attr("action")).as("a form of " + type.path).doesNotContain("lang=");
		}
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("pagesInOtherLanguages")
	void noEnglishInterfaceTextIsLeftAndTheMatrixKeepsItsOwnLanguage(PageType type, InterfaceLanguage language) {
		Document translated = Pages.get(this.mvc, address(type.path, language.code()), type.status);
		Set<String> english = new HashSet<>(texts(Pages.get(this.mvc, type.path, type.status)));
		Set<String> ownWords = new HashSet<>();
		Properties messages = MessagesTests.messages(language);
		messages.stringPropertyNames().forEach((key) -> ownWords.add(messages.getProperty(key)));
		List<String> left = texts(translated).stream()
			.filter(english::contains)
			.filter((text) -> !ownWords.contains(text) && !matrixOnly(text))
			.toList();
		assertThat(left).as("English interface text on " + type.path + " in " + language.code()).isEmpty();
		// The words a screen reader hears of a change marked in a description are the page's own.
		List<String> marked = translated.select("main [lang=en]")
			.stream()
			.map((element) -> {
				Element copy = element.clone();
				copy.select("[lang]:not([lang=en])").remove();
				return copy.text();
			})
			.toList();
		assertThat(translated.select("main .description")).allSatisfy(
				(element) -> assertThat(element.closest("[lang]").attr("lang")).as(element.text()).isEqualTo("en"));
		assertThat(marked).allSatisfy((text) -> assertThat(matrixOnly(text)).as(text).isTrue());
	}

	@Test
	void theSeedsDescriptionsAreUnchangedAndMarkedOnGermanAndChineseSkillPages() {
		TestMatrix.Skill skill = TestMatrix.skill();
		for (String code : List.of("de", "zh")) {
			for (Matrix.Level level : TestMatrix.levels()) {
				Document page = Pages.get(this.mvc, skill.path() + "/levels/" + level.slug() + "?lang=" + code);
				assertThat(page.select("td.description[lang=en]").eachText()).as(code + " " + level.slug())
					.containsExactlyElementsOf(
							skill.rows(level.slug()).stream().map(Matrix.Cell::description).map(DescriptionLines::text)
								.map(LanguagePageTests::fold).toList());
			}
		}
	}

	@Test
	void theLevelPickerLeadsToTheLevelInTheSameLanguage() {
		String level = TestMatrix.middle().slug();
		MvcTestResult picked = this.mvc.get().uri(TestMatrix.skill().path() + "?level=" + level + "&lang=zh").exchange();
		assertThat(picked).hasStatus(303);
		assertThat(picked.getResponse().getHeader(HttpHeaders.LOCATION))
			.isEqualTo(TestMatrix.skill().path() + "/levels/" + level + "?lang=zh");
	}

	@Test
	void anUnsupportedLanguageIsEnglishAndSaysWhichLanguagesExist() {
		Document page = Pages.get(this.mvc, "/?lang=fr");
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(page.select(".language-notice").text()).contains("English", "Deutsch", "中文");
		assertThat(page.select(".language-switch a[aria-current=true]").attr("hreflang")).isEqualTo("en");
		assertThat(page.select("main a[href^=/]").eachAttr("href")).noneMatch((href) -> href.contains("lang="));
	}

	@Test
	void withoutLangTheBrowserChoosesAndTheAnswerVariesByIt() {
		MvcTestResult german = this.mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE,de;q=0.9").exchange();
		Document page = Pages.parse(german);
		assertThat(page.selectFirst("html").attr("lang")).isEqualTo("de");
		assertThat(german.getResponse().getHeaders(HttpHeaders.VARY)).anyMatch((vary) -> vary.contains("Accept-Language"));
		assertThat(german.getResponse().getHeader(HttpHeaders.CONTENT_LANGUAGE)).isEqualTo("de");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost/?lang=de");
		assertThat(page.select("main a[href^=/]").eachAttr("href")).as("links leave the choice to the browser")
			.noneMatch((href) -> href.contains("lang="));

		MvcTestResult english = this.mvc.get().uri("/").exchange();
		assertThat(Pages.parse(english).selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(english.getResponse().getHeader(HttpHeaders.ETAG))
			.isNotEqualTo(german.getResponse().getHeader(HttpHeaders.ETAG));
		MvcTestResult chinese = this.mvc.get().uri("/").header(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN").exchange();
		assertThat(Pages.parse(chinese).selectFirst("html").attr("lang")).isEqualTo("zh");

		MvcTestResult named = this.mvc.get().uri("/?lang=zh").header(HttpHeaders.ACCEPT_LANGUAGE, "de").exchange();
		assertThat(Pages.parse(named).selectFirst("html").attr("lang")).isEqualTo("zh");
		assertThat(named.getResponse().getHeaders(HttpHeaders.VARY)).noneMatch((vary) -> vary.contains("Accept-Language"));
	}

	@Test
	void aCachedPageIsNotServedInAnotherLanguage() {
		String path = TestMatrix.skill().path();
		for (int round = 0; round < 2; round++) {
			for (InterfaceLanguage language : InterfaceLanguage.values()) {
				MvcTestResult result = this.mvc.get().uri(path).header(HttpHeaders.ACCEPT_LANGUAGE, language.code()).exchange();
				assertThat(Pages.parse(result).selectFirst("html").attr("lang")).isEqualTo(language.code());
				assertThat(result.getResponse().getHeaders(HttpHeaders.VARY)).anyMatch((vary) -> vary.contains("Accept-Language"));
			}
		}
		MvcTestResult german = this.mvc.get().uri(path).header(HttpHeaders.ACCEPT_LANGUAGE, "de").exchange();
		MvcTestResult revalidated = this.mvc.get().uri(path).header(HttpHeaders.ACCEPT_LANGUAGE, "en")
			.header(HttpHeaders.IF_NONE_MATCH, german.getResponse().getHeader(HttpHeaders.ETAG)).exchange();
		assertThat(revalidated).hasStatus(200);
	}

	@Test
	void problemsUnderTheApiAreTranslatedAndDataStaysLanguageNeutral() throws Exception {
		MvcTestResult problem = this.mvc.get().uri("/api/v1/skills/" + TestMatrix.absentSlug() + "?lang=de").exchange();
		assertThat(problem).hasStatus(404);
		assertThat(problem.getResponse().getContentAsString()).contains("\"title\":\"Nicht gefunden\"",
				"„" + TestMatrix.absentSlug() + "“");
		MvcTestResult header = this.mvc.get()
			.uri("/api/v1/skills/" + TestMatrix.absentSlug())
			.header(HttpHeaders.ACCEPT_LANGUAGE, "zh").exchange();
		assertThat(header.getResponse().getContentAsString()).contains("\"title\":\"未找到\"");
		for (String path : List.of("/api/v1/skills", "/api/v1/levels", "/export.csv", TestMatrix.skill().path() + "/export.csv")) {
			String neutral = this.mvc.get().uri(path).exchange().getResponse().getContentAsString();
			for (InterfaceLanguage language : InterfaceLanguage.values()) {
				String separator = path.contains("?") ? "&" : "?";
				assertThat(this.mvc.get().uri(path + separator + "lang=" + language.code()).exchange().getResponse()
					.getContentAsString()).as(path + " " + language.code()).isEqualTo(neutral);
			}
		}
	}

	@Test
	void errorPagesAreTranslated() {
		Document page = Pages.get(this.mvc, "/skills/" + TestMatrix.absentSlug() + "?lang=de", 404);
		assertThat(page.select("h1").text()).isEqualTo("Seite nicht gefunden");
		assertThat(page.select(".lede").text()).contains("„" + TestMatrix.absentSlug() + "“");
		assertThat(Pages.get(this.mvc, "/nowhere?lang=zh", 404).select("h1").text()).isEqualTo("找不到页面");
	}

	/** The address with the language named, before any fragment. */
	static String address(String path, String code) {
		return path + (path.contains("?") ? "&" : "?") + "lang=" + code;
	}

	/**
	 * What a page says in its interface's own words: its text and labels, without what is marked as written in
	 * another language (the matrix's text, the names of the languages).
	 */
	private static List<String> texts(Document document) {
		Document page = document.clone();
		page.body().select("[lang]").remove();
		List<String> texts = new ArrayList<>();
		texts.add(page.title());
		page.select("meta[name=description]").forEach((meta) -> texts.add(meta.attr("content")));
		page.select("[aria-label]").forEach((element) -> texts.add(element.attr("aria-label")));
		page.body().select("*").forEach((element) -> element.textNodes().stream()
			.map(TextNode::text)
			.map(String::strip)
			.filter((text) -> !text.isEmpty())
			.forEach(texts::add));
		return texts;
	}

	/** Whether a text is made of the matrix's words alone, with numbers and punctuation between them. */
	private static boolean matrixOnly(String text) {
		// A snippet of a long description is cut with an ellipsis.
		String rest = fold(text.replace("…", ""));
		for (String words : MATRIX_TEXT) {
			if (words.contains(rest)) {
				return true;
			}
			rest = rest.replace(words, " ");
		}
		return !rest.replace("Skill Matrix", " ").matches("(?s).*\\p{L}{2,}.*");
	}

	/** White space as a browser folds it, and as jsoup gives an element's text. */
	private static String fold(String text) {
		return text.strip().replaceAll("\\s+", " ");
	}

	private static List<String> matrixText() {
		Set<String> text = new HashSet<>(TestMatrix.roles());
		TestMatrix.levels().forEach((level) -> text.add(level.name()));
		for (TestMatrix.Skill skill : TestMatrix.skills()) {
			Matrix.Skill data = skill.data();
			text.addAll(List.of(data.name(), data.domain(), data.category(), data.summary()));
			// A description written as a list is shown line by line, its bullet markers left out.
			data.cells().forEach((cell) -> {
				text.add(cell.description());
				text.addAll(DescriptionLines.lines(cell.description()));
			});
		}
		return text.stream().map(LanguagePageTests::fold).sorted(Comparator.comparingInt(String::length).reversed()).toList();
	}

}

package com.skillmatrix.system;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/** How a page's language is chosen, and how its links keep it. */
class InterfaceLanguageTests {

	@Test
	void theAddressChoosesBeforeTheBrowser() {
		assertThat(InterfaceLanguage.choose(request("de", "zh-CN,zh;q=0.9")))
			.isEqualTo(new InterfaceLanguage.Choice(InterfaceLanguage.DE, InterfaceLanguage.Source.ADDRESS));
		assertThat(InterfaceLanguage.choose(request("zh", null)).language()).isEqualTo(InterfaceLanguage.ZH);
	}

	@Test
	void withoutOneTheBrowsersBestSupportedLanguageChooses() {
		assertThat(InterfaceLanguage.choose(request(null, "fr-FR,fr;q=0.9,de;q=0.8,en;q=0.5")))
			.isEqualTo(new InterfaceLanguage.Choice(InterfaceLanguage.DE, InterfaceLanguage.Source.HEADER));
		assertThat(fromBrowser("zh-CN")).isEqualTo(InterfaceLanguage.ZH);
		assertThat(fromBrowser("zh-Hant-TW, en;q=0.1")).isEqualTo(InterfaceLanguage.ZH);
		assertThat(fromBrowser("en;q=0.3, de-AT")).isEqualTo(InterfaceLanguage.DE);
		assertThat(fromBrowser("en-GB, de;q=0.5")).isEqualTo(InterfaceLanguage.EN);
		assertThat(InterfaceLanguage.choose(request(null, "de")).variesByBrowser()).isTrue();
	}

	@Test
	void englishWhenNothingElseFits() {
		assertThat(fromBrowser(null)).isEqualTo(InterfaceLanguage.EN);
		assertThat(fromBrowser("")).isEqualTo(InterfaceLanguage.EN);
		assertThat(fromBrowser("fr, es;q=0.5")).isEqualTo(InterfaceLanguage.EN);
		assertThat(fromBrowser("*")).isEqualTo(InterfaceLanguage.EN);
		assertThat(fromBrowser(";;q=x,,")).isEqualTo(InterfaceLanguage.EN);
	}

	@Test
	void anUnsupportedLanguageInTheAddressIsEnglishAndSaysSo() {
		for (String code : new String[] { "fr", "DE", "", "de-DE", "<b>" }) {
			InterfaceLanguage.Choice choice = InterfaceLanguage.choose(request(code, "de"));
			assertThat(choice).as(code)
				.isEqualTo(new InterfaceLanguage.Choice(InterfaceLanguage.EN, InterfaceLanguage.Source.UNSUPPORTED));
			assertThat(choice.variesByBrowser()).isFalse();
		}
	}

	@Test
	void linksToPagesKeepTheLanguage() {
		InterfaceLanguage de = InterfaceLanguage.DE;
		assertThat(Languages.withLanguage("/", de, false)).isEqualTo("/?lang=de");
		assertThat(Languages.withLanguage("/#roles", de, false)).isEqualTo("/?lang=de#roles");
		assertThat(Languages.withLanguage("/search?q=a&level=b", de, false)).isEqualTo("/search?q=a&level=b&lang=de");
		assertThat(Languages.withLanguage("/search?q=a&amp;level=b", de, true))
			.isEqualTo("/search?q=a&amp;level=b&amp;lang=de");
		assertThat(Languages.withLanguage("/skills/x?level=a#top", de, true)).isEqualTo("/skills/x?level=a&amp;lang=de#top");
		assertThat(Languages.withLanguage("/search?q=it&#39;s%20b", de, true)).isEqualTo("/search?q=it&#39;s%20b&amp;lang=de");
		assertThat(Languages.withLanguage("/search?", de, false)).isEqualTo("/search?lang=de");
	}

	@Test
	void formsSendTheLanguageAsAFieldRatherThanInTheirAction() {
		assertThat(Languages.withoutLanguage("/search?lang=zh", true)).isEqualTo("/search");
		assertThat(Languages.withoutLanguage("/skills/x/advance?from=a&amp;lang=zh", true)).isEqualTo("/skills/x/advance?from=a");
		assertThat(Languages.withoutLanguage("/skills/x", true)).isEqualTo("/skills/x");
	}

	@Test
	void filesTheApiAndOtherSitesAreTheSameInEveryLanguage() {
		InterfaceLanguage zh = InterfaceLanguage.ZH;
		for (String url : new String[] { "/css/skill-matrix-0a1b.css", "/favicon.ico", "/skills/x/export.csv",
				"/api/v1/skills", "https://example.com/", "//example.com/", "#main-content", "/?lang=en",
				"/search?q=a&amp;lang=de" }) {
			assertThat(Languages.withLanguage(url, zh, true)).as(url).isEqualTo(url);
		}
	}

	private static InterfaceLanguage fromBrowser(String acceptLanguage) {
		return InterfaceLanguage.fromBrowser(request(null, acceptLanguage));
	}

	/** A request with this {@code lang} parameter and {@code Accept-Language} header, each where not null. */
	private static MockHttpServletRequest request(String lang, String acceptLanguage) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		if (lang != null) {
			request.setParameter(InterfaceLanguage.PARAMETER, lang);
		}
		if (acceptLanguage != null) {
			request.addHeader(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
		}
		return request;
	}

}

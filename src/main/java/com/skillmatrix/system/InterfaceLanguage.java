package com.skillmatrix.system;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The languages the interface is written in. A page's language comes from its address ({@code ?lang=}) where it
 * names one, else from the browser's {@code Accept-Language}, else English; never from a cookie or a session, so
 * that an address always shows the same page to whoever follows it.
 */
public enum InterfaceLanguage {

	EN("English"), DE("Deutsch"), ZH("中文");

	/** The query parameter that names a page's language. */
	public static final String PARAMETER = "lang";

	/** The language of pages whose address and browser name none the interface has. */
	public static final InterfaceLanguage DEFAULT = EN;

	/**
	 * Spring's reading of {@code Accept-Language} among the interface's languages: a language wanted in any region
	 * ({@code de-AT}) is that language, and a browser that wants none of them, or says nothing, gets the default.
	 */
	private static final AcceptHeaderLocaleResolver BROWSER = browser();

	private final String ownName;

	InterfaceLanguage(String ownName) {
		this.ownName = ownName;
	}

	/** The language's code, as addresses and {@code lang} attributes write it. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The language's name in that language, as the language switch shows it. */
	public String ownName() {
		return this.ownName;
	}

	public Locale locale() {
		return Locale.forLanguageTag(code());
	}

	/** Every code, in the order the switch lists them. */
	public static List<String> codes() {
		return Arrays.stream(values()).map(InterfaceLanguage::code).toList();
	}

	/** The language a code names exactly (case-sensitive, like every slug of the site). */
	public static Optional<InterfaceLanguage> of(String code) {
		return Arrays.stream(values()).filter((language) -> language.code().equals(code)).findFirst();
	}

	private static AcceptHeaderLocaleResolver browser() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(Arrays.stream(values()).map(InterfaceLanguage::locale).toList());
		resolver.setDefaultLocale(DEFAULT.locale());
		return resolver;
	}

	/** The browser's most wanted language that the interface has, from its {@code Accept-Language}; else English. */
	public static InterfaceLanguage fromBrowser(HttpServletRequest request) {
		return of(BROWSER.resolveLocale(request).getLanguage()).orElse(DEFAULT);
	}

	/**
	 * The language of a page, from its {@code lang} parameter where the address has one, else from the browser.
	 */
	public static Choice choose(HttpServletRequest request) {
		String parameter = request.getParameter(PARAMETER);
		if (parameter == null) {
			return new Choice(fromBrowser(request), Source.HEADER);
		}
		return of(parameter).map((language) -> new Choice(language, Source.ADDRESS))
			.orElseGet(() -> new Choice(DEFAULT, Source.UNSUPPORTED));
	}

	/** Where a page's language came from. */
	public enum Source {

		/** The address named a language of the interface: the page's links keep it. */
		ADDRESS,
		/** The address named none, so the browser chose: the same address differs by browser. */
		HEADER,
		/** The address named a language the interface does not have: the page says so, in English. */
		UNSUPPORTED

	}

	/** A page's language and where it came from. */
	public record Choice(InterfaceLanguage language, Source source) {

		/** Whether the same address shows other languages to other browsers ({@code Vary: Accept-Language}). */
		public boolean variesByBrowser() {
			return this.source == Source.HEADER;
		}

	}

}

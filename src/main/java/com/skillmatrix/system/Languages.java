package com.skillmatrix.system;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Each page's interface language ({@link InterfaceLanguage}), and what goes with it: the locale that messages,
 * dates and numbers follow, {@code Vary: Accept-Language} where the browser chose, the language switch, and, where
 * the address named the language, every link the page makes naming it too. Links pass through the response's
 * {@code encodeURL} (Thymeleaf's {@code @{...}}) or {@link LanguageFields} (addresses built in Java, forms).
 */
@Component(DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class Languages extends OncePerRequestFilter implements LocaleResolver {

	/** The request attribute that holds the page's {@link PageLanguage}, for the layout. */
	static final String PAGE_LANGUAGE = "pageLanguage";

	/** The request attribute that holds the matrix's language where it differs from the page's, else nothing. */
	static final String CONTENT_LANG = "contentLang";

	private static final String CHOICE = Languages.class.getName() + ".choice";

	private final String contentLanguage;

	Languages(@Value("${skillmatrix.content-language:en}") String contentLanguage) {
		this.contentLanguage = contentLanguage;
	}

	/** The language of the page a request asks for, chosen once per request. */
	static InterfaceLanguage.Choice choice(HttpServletRequest request) {
		if (request.getAttribute(CHOICE) instanceof InterfaceLanguage.Choice choice) {
			return choice;
		}
		InterfaceLanguage.Choice choice = InterfaceLanguage.choose(request);
		request.setAttribute(CHOICE, choice);
		return choice;
	}

	/** Says that the answer depends on the browser's languages, where it does, once. */
	static void vary(HttpServletRequest request, HttpServletResponse response) {
		if (choice(request).variesByBrowser() && response.getHeaders(HttpHeaders.VARY)
			.stream()
			.flatMap((value) -> Arrays.stream(value.split(",")))
			.noneMatch((value) -> value.strip().equalsIgnoreCase(HttpHeaders.ACCEPT_LANGUAGE))) {
			response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE);
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return Assets.holds(path);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		InterfaceLanguage.Choice choice = choice(request);
		vary(request, response);
		// An error's dispatch keeps the switch of the address that failed, not of /error.
		if (request.getAttribute(PAGE_LANGUAGE) == null) {
			request.setAttribute(PAGE_LANGUAGE, PageLanguage.of(choice, request));
			request.setAttribute(CONTENT_LANG,
					choice.language().code().equals(this.contentLanguage) ? null : this.contentLanguage);
		}
		chain.doFilter(request, (choice.source() == InterfaceLanguage.Source.ADDRESS)
				? new KeepingLanguage(response, choice.language()) : response);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return choice(request).language().locale();
	}

	/** Nothing to keep: a page's language is named by its address, never by a cookie or a session. */
	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
	}

	/**
	 * The address with the language added, where it is one of the site's pages that does not name one yet. Files
	 * (the stylesheet, CSV downloads, the icon), the API and other sites' addresses are the same in every language.
	 * @param escaped whether the address is already HTML-escaped, as in an attribute
	 */
	static String withLanguage(String url, InterfaceLanguage language, boolean escaped) {
		return edit(url, escaped, (address) -> {
			UriComponents parts = address.build();
			String path = parts.getPath();
			boolean page = path != null && !path.startsWith(Problems.API)
					&& StringUtils.getFilenameExtension(path) == null;
			return (page && !parts.getQueryParams().containsKey(InterfaceLanguage.PARAMETER))
					? address.queryParam(InterfaceLanguage.PARAMETER, language.code()) : null;
		});
	}

	/** The address without a language named in its query, as a form action that sends the language as a field. */
	static String withoutLanguage(String url, boolean escaped) {
		return edit(url, escaped,
				(address) -> address.build().getQueryParams().containsKey(InterfaceLanguage.PARAMETER)
						? address.replaceQueryParam(InterfaceLanguage.PARAMETER) : null);
	}

	/**
	 * An address of the site's own (a path, not another site's) as an edit makes it, or as it was where the edit
	 * leaves it alone (returns null), so that addresses it does not concern keep every character.
	 */
	private static String edit(String url, boolean escaped, Function<UriComponentsBuilder, UriComponentsBuilder> edit) {
		String address = (escaped && url != null) ? HtmlUtils.htmlUnescape(url) : url;
		if (address == null || !address.startsWith("/") || address.startsWith("//")) {
			return url;
		}
		UriComponentsBuilder edited = edit.apply(UriComponentsBuilder.fromUriString(address));
		if (edited == null) {
			return url;
		}
		String result = edited.build().toUriString();
		return escaped ? HtmlUtils.htmlEscape(result, StandardCharsets.UTF_8.name()) : result;
	}

	/** Links made while rendering a page whose address named its language, and where it sends a browser on. */
	private static final class KeepingLanguage extends HttpServletResponseWrapper {

		private final InterfaceLanguage language;

		KeepingLanguage(HttpServletResponse response, InterfaceLanguage language) {
			super(response);
			this.language = language;
		}

		@Override
		public String encodeURL(String url) {
			return super.encodeURL(withLanguage(url, this.language, false));
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			super.sendRedirect(withLanguage(location, this.language, false));
		}

		@Override
		public void setHeader(String name, String value) {
			super.setHeader(name, located(name, value));
		}

		@Override
		public void addHeader(String name, String value) {
			super.addHeader(name, located(name, value));
		}

		/** A redirect, such as the level picker's, leads to the page in the same language. */
		private String located(String name, String value) {
			return HttpHeaders.LOCATION.equalsIgnoreCase(name) ? withLanguage(value, this.language, false) : value;
		}

	}

	/**
	 * What the layout shows of the page's language: the language switch, each link the same page in another
	 * language, and whether the address asked for a language the site does not have.
	 */
	record PageLanguage(InterfaceLanguage language, List<Link> links, boolean unsupported) {

		static PageLanguage of(InterfaceLanguage.Choice choice, HttpServletRequest request) {
			List<Link> links = Arrays.stream(InterfaceLanguage.values())
				.map((language) -> new Link(language, address(request, language.code()),
						language == choice.language()))
				.toList();
			return new PageLanguage(choice.language(), links,
					choice.source() == InterfaceLanguage.Source.UNSUPPORTED);
		}

		/** The languages the site has, each in its own words. */
		public String names() {
			return String.join(", ", Arrays.stream(InterfaceLanguage.values()).map(InterfaceLanguage::ownName).toList());
		}

		/**
		 * The address asked for (path and query, as sent; on an error's dispatch, the one that failed) with its
		 * language replaced. An address that is no valid URI is not repeated: the catalogue stands in for it.
		 */
		static String address(HttpServletRequest request, String code) {
			String path = (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) ? failed
					: request.getRequestURI();
			String address = UriComponentsBuilder.fromPath(path)
				.query(request.getQueryString())
				.replaceQueryParam(InterfaceLanguage.PARAMETER, code)
				.build()
				.toUriString();
			try {
				new URI(address);
				return address;
			}
			catch (URISyntaxException ex) {
				return request.getContextPath() + "/?" + InterfaceLanguage.PARAMETER + "=" + code;
			}
		}

	}

	/** One entry of the language switch. */
	record Link(InterfaceLanguage language, String href, boolean current) {

		public String code() {
			return this.language.code();
		}

		public String name() {
			return this.language.ownName();
		}

	}

}

package com.skillmatrix.system;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ETag;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Pages as the data version made them. The matrix only changes through migrations, which run before the server
 * starts, so a page rendered once stays right for the life of the process and is then served like a static file.
 * <p>
 * A page's ETag comes from the data version and the page's address, so it costs nothing: a browser that already
 * has the page gets 304 before any query runs. Only successful answers carry an ETag and are kept: HTML pages, CSV
 * downloads and JSON; browsers revalidate each time ({@code no-cache}). An address has one type of answer, so a
 * kept answer is served to every client that accepts its type, and the others are left to the application, which
 * answers 406. The cache is bounded by size, so that odd addresses cannot fill memory.
 * <p>
 * The site's own answers to a bad address (400, 404 and 410, pages or problems) are kept too, apart from the pages
 * and in a smaller bound, so that a crawler's or a stale link list's misses cost what a page costs, while a stream
 * of made-up addresses can only push out other such answers. They depend on the address alone, as pages do, and
 * carry no ETag.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class PageCache extends OncePerRequestFilter {

	/** The types of answer that are the same for every request of an address, while the data version lasts. */
	private static final List<MediaType> KEPT = List.of(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON,
			MediaType.APPLICATION_PROBLEM_JSON, MediaType.parseMediaType("text/csv"));

	/** The errors that a bad address always gets, whoever asks; others depend on the request or the moment. */
	private static final Set<Integer> KEPT_ERRORS = Set.of(HttpServletResponse.SC_BAD_REQUEST,
			HttpServletResponse.SC_NOT_FOUND, HttpServletResponse.SC_GONE);

	/** What a kept answer says about itself besides its type. */
	private static final List<String> HEADERS = List.of(HttpHeaders.CONTENT_LANGUAGE,
			HttpHeaders.CONTENT_DISPOSITION);

	private final DataVersion version;

	private final Cache<String, Page> pages;

	private final Cache<String, Page> errors;

	PageCache(DataVersion version, @Value("${skillmatrix.page-cache.size:32MB}") DataSize size,
			@Value("${skillmatrix.page-cache.error-size:4MB}") DataSize errorSize) {
		this.version = version;
		this.pages = bounded(size);
		this.errors = bounded(errorSize);
	}

	private static Cache<String, Page> bounded(DataSize size) {
		return Caffeine.newBuilder()
			.maximumWeight(size.toBytes())
			.weigher((String key, Page page) -> key.length() * 2 + page.body().length + 128)
			.build();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String method = request.getMethod();
		String path = request.getRequestURI();
		return !("GET".equals(method) || "HEAD".equals(method)) || Assets.holds(path) || path.startsWith("/actuator")
				|| path.equals("/livez") || path.equals("/readyz") || path.equals("/error");
	}

	/** Whether a client that sent this Accept header takes an answer of this type. */
	private static boolean accepts(String accept, String contentType) {
		if (accept == null) {
			return true;
		}
		try {
			MediaType type = MediaType.parseMediaType(contentType);
			return MediaType.parseMediaTypes(accept)
				.stream()
				.anyMatch((acceptable) -> acceptable.includes(type) && acceptable.getQualityValue() > 0);
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	/** Whether an answer the application gave is of a type that is kept. */
	private static boolean kept(String contentType) {
		MediaType type = MediaType.parseMediaType(contentType);
		return KEPT.stream().anyMatch((kept) -> kept.includes(type));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Languages.vary(request, response);
		String key = key(request);
		Page cached = this.pages.getIfPresent(key);
		if (cached == null) {
			cached = this.errors.getIfPresent(key);
		}
		if (cached != null) {
			route(request, cached.route());
		}
		// A kept page knows its ETag; hashing the address is only for answers that have none kept.
		boolean keptPage = cached != null && cached.etag() != null;
		String etag = keptPage ? cached.etag() : etag(key);
		if (notModified(request, etag, keptPage)) {
			// The ETag was only ever given with this page, by an instance of the same data version.
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			revalidation(response, etag);
			return;
		}
		if (cached != null && accepts(request.getHeader(HttpHeaders.ACCEPT), cached.contentType())) {
			serve(cached, request, response);
			return;
		}
		Recorder recorder = new Recorder(response);
		chain.doFilter(request, recorder);
		String contentType = recorder.getContentType();
		int status = recorder.getStatus();
		boolean page = status == HttpServletResponse.SC_OK;
		if ((page || KEPT_ERRORS.contains(status)) && contentType != null && kept(contentType)) {
			if (page) {
				revalidation(recorder, etag);
			}
			// A HEAD request renders no body to keep, and an error the container is still to render has none.
			if (!"HEAD".equals(request.getMethod()) && recorder.getContentSize() > 0) {
				Map<String, String> headers = new LinkedHashMap<>();
				HEADERS.stream()
					.filter((name) -> recorder.getHeader(name) != null)
					.forEach((name) -> headers.put(name, recorder.getHeader(name)));
				if (recorder.locale != null && !headers.containsKey(HttpHeaders.CONTENT_LANGUAGE)) {
					headers.put(HttpHeaders.CONTENT_LANGUAGE, recorder.locale.toLanguageTag());
				}
				String route = ServerHttpObservationFilter.findObservationContext(request)
					.map(ServerRequestObservationContext::getPathPattern)
					.orElse(null);
				Page answer = new Page(status, page ? etag : null, contentType, headers,
						recorder.getContentAsByteArray(), route);
				(page ? this.pages : this.errors).put(key, answer);
			}
		}
		recorder.copyBodyToResponse();
	}

	/** A kept answer, written once from its bytes. */
	private static void serve(Page cached, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		response.setStatus(cached.status());
		if (cached.etag() != null) {
			revalidation(response, cached.etag());
		}
		response.setContentType(cached.contentType());
		cached.headers().forEach(response::setHeader);
		response.setContentLength(cached.body().length);
		if (!"HEAD".equals(request.getMethod())) {
			response.getOutputStream().write(cached.body());
		}
	}

	private String etag(String key) {
		return "W/\"" + this.version.value() + "-" + DataVersion.hash(key).substring(0, 12) + "\"";
	}

	/**
	 * The page's address as the page names itself: the scheme, host and port it links to (the public address, or the
	 * one the request came to) are part of it, so that a forged Host header only ever changes its own pages. Its
	 * language is too, since an address without one shows each browser its own.
	 */
	private static String key(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort()
				+ request.getRequestURI() + ((query != null) ? "?" + query : "") + " "
				+ Languages.choice(request).language().code();
	}

	/**
	 * A kept answer is served before any handler is chosen, so its request metrics are given the route template
	 * that chose it the first time ({@code /skills/{skill}}), never the address itself, which would make a tag of
	 * every address asked for.
	 */
	private static void route(HttpServletRequest request, String route) {
		if (route != null) {
			ServerHttpObservationFilter.findObservationContext(request)
				.ifPresent((context) -> context.setPathPattern(route));
		}
	}

	private static void revalidation(HttpServletResponse response, String etag) {
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
	}

	/**
	 * Whether the client's copy is this page: Spring compares the ETags it lists (weakly, as GET and HEAD may). It
	 * leaves {@code *} to the methods that change things, while for a GET it means "any copy" (RFC 9110, 13.1.2),
	 * which only a page that is kept is sure to have. Asked without the response, Spring only answers and sets no
	 * header, since errors carry no ETag.
	 */
	private static boolean notModified(HttpServletRequest request, String etag, boolean exists) {
		ServletWebRequest conditional = new ServletWebRequest(request);
		if (conditional.checkNotModified(etag)) {
			return true;
		}
		String[] values = exists ? conditional.getHeaderValues(HttpHeaders.IF_NONE_MATCH) : null;
		return values != null
				&& Arrays.stream(values).flatMap((value) -> ETag.parse(value).stream()).anyMatch(ETag::isWildcard);
	}

	/**
	 * The answer as the application writes it. Tomcat turns the locale a view sets into Content-Language only when
	 * it sends the answer, and never shows it as a header, so it is noted here for the kept copy to say it too.
	 * <p>
	 * Its writer buffers: a template writes a page in thousands of small pieces, and Spring's own writer encodes and
	 * flushes each one on its own, copying it twice. What is buffered is flushed before the content is read, copied
	 * or thrown away.
	 */
	private static final class Recorder extends ContentCachingResponseWrapper {

		private Locale locale;

		private PrintWriter writer;

		Recorder(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void setLocale(Locale locale) {
			super.setLocale(locale);
			this.locale = locale;
		}

		@Override
		public PrintWriter getWriter() throws IOException {
			if (this.writer == null) {
				String encoding = getCharacterEncoding();
				this.writer = new PrintWriter(new BufferedWriter(new OutputStreamWriter(getOutputStream(),
						(encoding != null) ? encoding : WebUtils.DEFAULT_CHARACTER_ENCODING)));
			}
			return this.writer;
		}

		private void flushWriter() {
			if (this.writer != null) {
				this.writer.flush();
			}
		}

		@Override
		public void flushBuffer() throws IOException {
			flushWriter();
			super.flushBuffer();
		}

		@Override
		public void resetBuffer() {
			flushWriter();
			super.resetBuffer();
		}

		@Override
		public void reset() {
			flushWriter();
			super.reset();
			// The answer written after a reset may be of another encoding.
			this.writer = null;
		}

		@Override
		public byte[] getContentAsByteArray() {
			flushWriter();
			return super.getContentAsByteArray();
		}

		@Override
		public InputStream getContentInputStream() {
			flushWriter();
			return super.getContentInputStream();
		}

		@Override
		public int getContentSize() {
			flushWriter();
			return super.getContentSize();
		}

		@Override
		protected void copyBodyToResponse(boolean complete) throws IOException {
			flushWriter();
			super.copyBodyToResponse(complete);
		}

	}

	/**
	 * A kept answer: its status, its ETag (none for an error), its type, its other headers, its body, and the route
	 * template that answered it.
	 */
	private record Page(int status, String etag, String contentType, Map<String, String> headers, byte[] body,
			String route) {
	}

}

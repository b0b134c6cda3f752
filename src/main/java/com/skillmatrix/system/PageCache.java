package com.skillmatrix.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * HTTP revalidation for pages. A page's ETag comes from the data version and the page's own address, so it costs
 * nothing to compute: a browser that already has the page gets 304 before any query runs. Only successful pages
 * carry an ETag; browsers revalidate each time ({@code no-cache}), since the matrix changes with each import.
 */
class PageCache implements HandlerInterceptor {

	private static final String ETAG = PageCache.class.getName() + ".etag";

	private final DataVersion version;

	PageCache(DataVersion version) {
		this.version = version;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
			return true;
		}
		String etag = etag(request);
		String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
		if (ifNoneMatch != null && matches(ifNoneMatch, etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			response.setHeader(HttpHeaders.ETAG, etag);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			return false;
		}
		request.setAttribute(ETAG, etag);
		return true;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		boolean ok = (view != null && view.getStatus() != null) ? view.getStatus().is2xxSuccessful()
				: response.getStatus() == HttpServletResponse.SC_OK;
		Object etag = request.getAttribute(ETAG);
		if (ok && etag != null) {
			response.setHeader(HttpHeaders.ETAG, etag.toString());
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		}
	}

	private String etag(HttpServletRequest request) {
		String query = request.getQueryString();
		String page = request.getHeader(HttpHeaders.HOST) + request.getRequestURI() + ((query != null) ? "?" + query : "");
		return "W/\"" + this.version.value() + "-" + DataVersion.hash(page).substring(0, 12) + "\"";
	}

	private static boolean matches(String ifNoneMatch, String etag) {
		String weak = etag.substring(2);
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || tag.equals(etag) || tag.equals(weak) || tag.equals("W/" + weak)) {
				return true;
			}
		}
		return false;
	}

}

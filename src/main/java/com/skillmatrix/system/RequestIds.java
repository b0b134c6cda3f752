package com.skillmatrix.system;

import java.io.IOException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.slf4j.MDC;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request id on every request: the one a proxy sent in {@code X-Request-Id} when it is a plain token, else a new
 * one. It is returned in the same header and kept in the logging context, so that every line logged while
 * answering names it ({@code http.request.id} in structured logs), and a visitor's report can be found in the logs.
 * <p>
 * A failure that escapes the application is logged here, once, while the id is still known, and answered with the
 * site's 500 page; left to the server, it would be logged after the request's context is gone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIds extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	/** The logging context's key: Elastic Common Schema's name for it, which its structured logs nest. */
	static final String KEY = "http.request.id";

	/** What an incoming id may be: short, and nothing that could break a log line or a header. */
	private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private static final String ATTRIBUTE = RequestIds.class.getName();

	private static final Log logger = LogFactory.getLog(RequestIds.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// An error dispatch carries on with the id its request was given.
		String id = (request.getAttribute(ATTRIBUTE) instanceof String given) ? given : id(request.getHeader(HEADER));
		request.setAttribute(ATTRIBUTE, id);
		response.setHeader(HEADER, id);
		MDC.put(KEY, id);
		try {
			chain.doFilter(request, response);
		}
		catch (ClientAbortException ex) {
			// The visitor has gone: nothing to answer, and no fault of ours to log.
			throw ex;
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (response.isCommitted()) {
				// Half an answer has left: only the server can end it as broken, and it logs the failure.
				throw ex;
			}
			logger.error("Unexpected error answering " + request.getMethod() + " " + request.getRequestURI(), ex);
			response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
		}
		finally {
			MDC.remove(KEY);
		}
	}

	/** The incoming id when it is a plain token, else a new one. */
	static String id(String incoming) {
		if (incoming != null && TOKEN.matcher(incoming).matches()) {
			return incoming;
		}
		return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

}

package com.skillmatrix.system;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The site's public address, {@code skillmatrix.public-url}, where it is set: behind a company's proxy, canonical
 * links, Open Graph addresses, the printed address and the API's links name it, whatever Host header or forwarded
 * headers a request carries. Unset, they name the address the request came to (after trusted proxies' forwarded
 * headers), and the page cache keeps each address's pages apart, so that no request changes another's pages.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PublicAddress extends OncePerRequestFilter {

	private final URI address;

	PublicAddress(@Value("${skillmatrix.public-url:}") String address) {
		this.address = address.isBlank() ? null : URI.create(address.replaceAll("/+$", ""));
		if (this.address != null && (this.address.getScheme() == null || this.address.getHost() == null)) {
			throw new IllegalArgumentException("skillmatrix.public-url must be an absolute address such as "
					+ "https://skills.example.com, not '" + address + "'");
		}
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return this.address == null;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new HttpServletRequestWrapper(request) {

			@Override
			public String getScheme() {
				return PublicAddress.this.address.getScheme();
			}

			@Override
			public boolean isSecure() {
				return "https".equals(getScheme());
			}

			@Override
			public String getServerName() {
				return PublicAddress.this.address.getHost();
			}

			@Override
			public int getServerPort() {
				int port = PublicAddress.this.address.getPort();
				return (port != -1) ? port : isSecure() ? 443 : 80;
			}

			@Override
			public StringBuffer getRequestURL() {
				String port = (PublicAddress.this.address.getPort() != -1) ? ":" + getServerPort() : "";
				return new StringBuffer(getScheme() + "://" + getServerName() + port + getRequestURI());
			}

		}, response);
	}

}

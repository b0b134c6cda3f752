package com.skillmatrix.system;

import java.io.IOException;
import java.io.Writer;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.apache.catalina.Context;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.exceptions.TemplateEngineException;
import org.thymeleaf.web.IWebExchange;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Tomcat's error report, for requests that the server itself turns away before any application code runs, such as
 * an address that cannot be decoded: the site's own error page ({@link ErrorView}, the same template and model),
 * with its layout, words and stylesheet, and the security headers, in place of the server's bare report.
 */
@Configuration(proxyBeanMethods = false)
class TomcatErrorReport {

	@Bean
	TomcatContextCustomizer siteErrorReport(ObjectProvider<ITemplateEngine> templates,
			ObjectProvider<ResourceUrlProvider> urls, ObjectProvider<Problems> problems) {
		return (context) -> context.addLifecycleListener((event) -> {
			if ("before_start".equals(event.getType())) {
				var pipeline = context.getParent().getPipeline();
				for (Valve valve : pipeline.getValves()) {
					if (valve instanceof ErrorReportValve) {
						pipeline.removeValve(valve);
					}
				}
				pipeline.addValve(new SiteErrorReport(context, templates, urls, problems));
			}
		});
	}

	/**
	 * Tomcat's error report, rendered from the error template as the site's other error pages are, or under
	 * {@code /api/} written as the API's other problems are.
	 */
	static final class SiteErrorReport extends ErrorReportValve {

		private static final Log logger = LogFactory.getLog(SiteErrorReport.class);

		private final Context context;

		private final ObjectProvider<ITemplateEngine> templates;

		private final ObjectProvider<ResourceUrlProvider> urls;

		private final ObjectProvider<Problems> problems;

		/** The engine and the stylesheet's address are looked up when a report is written, once the site runs. */
		SiteErrorReport(Context context, ObjectProvider<ITemplateEngine> templates,
				ObjectProvider<ResourceUrlProvider> urls, ObjectProvider<Problems> problems) {
			this.context = context;
			this.templates = templates;
			this.urls = urls;
			this.problems = problems;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			ITemplateEngine engine = this.templates.getIfAvailable();
			if (status < 400 || engine == null || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			SecurityHeaders.apply(response);
			// An address the server turned away may have no query to read: the browser's languages choose.
			InterfaceLanguage.Choice language = new InterfaceLanguage.Choice(InterfaceLanguage.fromBrowser(request),
					InterfaceLanguage.Source.HEADER);
			Locale locale = language.language().locale();
			Problems problems = this.problems.getIfAvailable();
			if (problems != null && Problems.wanted(request.getRequestURI(), "")) {
				response.setHeader(HttpHeaders.CONTENT_DISPOSITION, Problems.DISPOSITION);
				write(response, MediaType.APPLICATION_PROBLEM_JSON_VALUE,
						problems.json(status, request.getRequestURI(), locale));
				return;
			}
			try {
				ServletContext site = this.context.getServletContext();
				SiteRequest siteRequest = new SiteRequest(request.getRequest(), site);
				siteRequest.setAttribute(Languages.PAGE_LANGUAGE, Languages.PageLanguage.of(language, request));
				IWebExchange exchange = JakartaServletWebApplication.buildApplication(site)
					.buildExchange(siteRequest, new ResourceUrls(response.getResponse(), this.urls));
				String html = engine.process(ErrorView.TEMPLATE,
						new WebContext(exchange, locale, ErrorView.model(status, null, List.of())));
				write(response, MediaType.TEXT_HTML_VALUE, html);
			}
			catch (TemplateEngineException ex) {
				logger.error("Could not render the error page for status " + status, ex);
			}
		}

		private static void write(Response response, String contentType, String body) {
			response.setContentType(contentType);
			response.setCharacterEncoding("UTF-8");
			try {
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(body);
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client has gone, or the response was taken over: nothing more to say.
			}
		}

	}

	/**
	 * A request that the server turned away before mapping it to the site has no servlet context, and without one
	 * Tomcat's request cannot hold the attributes in which the template engine keeps its variables. The page is the
	 * site's, so it is rendered in the site's context, with attributes of its own.
	 */
	private static final class SiteRequest extends HttpServletRequestWrapper {

		private final ServletContext site;

		private final Map<String, Object> attributes = new HashMap<>();

		SiteRequest(HttpServletRequest request, ServletContext site) {
			super(request);
			this.site = site;
		}

		@Override
		public ServletContext getServletContext() {
			return this.site;
		}

		@Override
		public Object getAttribute(String name) {
			return this.attributes.get(name);
		}

		@Override
		public Enumeration<String> getAttributeNames() {
			return Collections.enumeration(this.attributes.keySet());
		}

		@Override
		public void setAttribute(String name, Object value) {
			if (value == null) {
				removeAttribute(name);
			}
			else {
				this.attributes.put(name, value);
			}
		}

		@Override
		public void removeAttribute(String name) {
			this.attributes.remove(name);
		}

	}

	/**
	 * Links to the stylesheet and script fingerprinted, as the pages give them: outside the filter chain no
	 * {@code ResourceUrlEncodingFilter} does it.
	 */
	private static final class ResourceUrls extends HttpServletResponseWrapper {

		private final ObjectProvider<ResourceUrlProvider> urls;

		ResourceUrls(HttpServletResponse response, ObjectProvider<ResourceUrlProvider> urls) {
			super(response);
			this.urls = urls;
		}

		@Override
		public String encodeURL(String url) {
			ResourceUrlProvider provider = this.urls.getIfAvailable();
			String resource = (provider != null) ? provider.getForLookupPath(url) : null;
			return (resource != null) ? resource : url;
		}

	}

}

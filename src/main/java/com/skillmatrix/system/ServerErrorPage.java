package com.skillmatrix.system;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.util.HtmlUtils;

/**
 * The page for requests that the server itself turns away before any application code runs, such as an address
 * that cannot be decoded: the same words, stylesheet and headers as the site's own error pages, in place of the
 * server's bare report.
 */
@Configuration(proxyBeanMethods = false)
class ServerErrorPage {

	@Bean
	TomcatContextCustomizer siteErrorReport(MessageSource messages, ObjectProvider<ResourceUrlProvider> urls) {
		return (context) -> context.addLifecycleListener((event) -> {
			if ("before_start".equals(event.getType())) {
				var pipeline = context.getParent().getPipeline();
				for (Valve valve : pipeline.getValves()) {
					if (valve instanceof ErrorReportValve) {
						pipeline.removeValve(valve);
					}
				}
				pipeline.addValve(new SiteErrorReport(messages, urls));
			}
		});
	}

	/** Tomcat's error report, written as a page of the site. */
	static final class SiteErrorReport extends ErrorReportValve {

		private static final String STYLESHEET = "/css/skill-matrix.css";

		private final MessageSource messages;

		private final ObjectProvider<ResourceUrlProvider> urls;

		SiteErrorReport(MessageSource messages, ObjectProvider<ResourceUrlProvider> urls) {
			this.messages = messages;
			this.urls = urls;
			setShowReport(false);
			setShowServerInfo(false);
		}

		@Override
		protected void report(Request request, Response response, Throwable throwable) {
			int status = response.getStatus();
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			String key = ErrorPages.key(status);
			String title = text("error." + key + ".title");
			String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
					+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" + "<title>"
					+ text("page.title", title) + "</title><link rel=\"stylesheet\" href=\"" + stylesheet() + "\">"
					+ "</head><body><a class=\"skip-link\" href=\"#main-content\">" + text("layout.skipLink")
					+ "</a><header class=\"site-header\"><div class=\"site-header__inner\">"
					+ "<a class=\"site-header__name\" href=\"/\">" + text("app.name") + "</a></div></header>"
					+ "<main class=\"main\" id=\"main-content\" tabindex=\"-1\"><h1 class=\"page-title\">" + title
					+ "</h1><p class=\"lede\">" + text("error." + key + ".detail") + "</p><p><a href=\"/\">"
					+ text("error.catalogue") + "</a></p></main><footer class=\"site-footer\">"
					+ "<p class=\"site-footer__text\">" + text("layout.footer") + "</p></footer></body></html>\n";
			try {
				response.setContentType("text/html");
				response.setCharacterEncoding("UTF-8");
				SecurityHeaders.apply(response);
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(html);
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException ex) {
				// The client has gone, or the response was taken over: nothing more to say.
			}
		}

		/** The stylesheet's fingerprinted address, as the pages link it. */
		private String stylesheet() {
			ResourceUrlProvider provider = this.urls.getIfAvailable();
			String url = (provider != null) ? provider.getForLookupPath(STYLESHEET) : null;
			return HtmlUtils.htmlEscape((url != null) ? url : STYLESHEET);
		}

		private String text(String code, Object... arguments) {
			return HtmlUtils.htmlEscape(this.messages.getMessage(code, arguments, Locale.ENGLISH));
		}

	}

}

package com.skillmatrix.system;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The site's own files: the stylesheet, the script and the icon, named by their content
 * ({@code /css/skill-matrix-<hash>.css}) so that browsers keep them for a year.
 * <p>
 * Only their folders are mapped, in place of Boot's {@code /**} (switched off with
 * {@code spring.web.resources.add-mappings=false}): every link a page renders passes through the resource chain to
 * be fingerprinted, and under {@code /**} each of them, {@code /skills/…} included, was looked up in four classpath
 * folders inside the jar, under a lock, on every rendering. That made an error page, which is rendered for each
 * request, cost five to thirty times a kept page; an unknown path is now a 404 without touching the jar.
 */
@Configuration(proxyBeanMethods = false)
class Assets implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		add(registry, "/css/**", "classpath:/static/css/");
		add(registry, "/js/**", "classpath:/static/js/");
		// A pattern, not the bare name, so that the part a link names is the file (favicon-<hash>.ico).
		add(registry, "/favicon*.ico", "classpath:/static/");
	}

	/**
	 * Where springdoc serves Swagger UI's files from the jar: the folder beside {@code springdoc.swagger-ui.path}
	 * ({@code /api/v1/docs}, which redirects to its {@code index.html}).
	 */
	static final String API_BROWSER = "/api/v1/swagger-ui/";

	/**
	 * Whether an address is one of these files, or one of Swagger UI's: the same for every visitor and in every
	 * language, served by a resource handler with its own caching, so the page cache and the language filter leave
	 * it alone.
	 */
	static boolean holds(String path) {
		return path.startsWith("/css/") || path.startsWith("/js/")
				|| (path.startsWith("/favicon") && path.endsWith(".ico")) || path.startsWith(API_BROWSER);
	}

	private static void add(ResourceHandlerRegistry registry, String pattern, String location) {
		registry.addResourceHandler(pattern)
			.addResourceLocations(location)
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
			.setUseLastModified(false)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}

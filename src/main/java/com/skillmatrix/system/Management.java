package com.skillmatrix.system;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.endpoint.EndpointFilter;
import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.aot.AotDetector;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.actuate.endpoint.web.ExposableWebEndpoint;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.filter.ServerHttpObservationFilter;

/**
 * What Actuator shows, and where. The main port is the one the outside reaches, so it serves health alone; metrics
 * name the site's routes, statuses and timings, and are served only on a management port of their own
 * ({@code management.server.port}), which an operator opens to the scraper and to no one else.
 */
@Configuration(proxyBeanMethods = false)
class Management {

	private static final EndpointId HEALTH = EndpointId.of("health");

	/**
	 * Every exposed endpoint on a management port of its own; on the main port, health whatever else is asked. Beans
	 * made ahead of time have no management context of their own (it is decided at build time), so there the
	 * endpoints would land on the main port: health alone then, whatever the port setting says.
	 */
	@Bean
	EndpointFilter<ExposableWebEndpoint> healthAloneOnTheMainPort(Environment environment) {
		boolean ownPort = servesMetrics(environment);
		return (endpoint) -> ownPort || HEALTH.equals(endpoint.getEndpointId());
	}

	/**
	 * Requests are timed only where their metrics are served: without a management port nobody can read them, and
	 * timing each request took about a quarter of the time of a page served from the page cache.
	 */
	@Bean
	static BeanPostProcessor requestTimingOnlyWithMetrics(Environment environment) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				if (bean instanceof FilterRegistrationBean<?> registration
						&& registration.getFilter() instanceof ServerHttpObservationFilter) {
					registration.setEnabled(servesMetrics(environment));
				}
				return bean;
			}
		};
	}

	private static boolean servesMetrics(Environment environment) {
		return ManagementPortType.get(environment) == ManagementPortType.DIFFERENT
				&& !AotDetector.useGeneratedArtifacts();
	}

}

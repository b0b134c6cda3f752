package com.skillmatrix.system;

import org.springframework.boot.actuate.autoconfigure.web.server.ManagementPortType;
import org.springframework.boot.actuate.endpoint.EndpointFilter;
import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.aot.AotDetector;
import org.springframework.boot.actuate.endpoint.web.ExposableWebEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

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
		boolean ownPort = ManagementPortType.get(environment) == ManagementPortType.DIFFERENT
				&& !AotDetector.useGeneratedArtifacts();
		return (endpoint) -> ownPort || HEALTH.equals(endpoint.getEndpointId());
	}

}

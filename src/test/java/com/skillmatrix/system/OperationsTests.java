package com.skillmatrix.system;

import com.skillmatrix.TestMatrix;
import com.skillmatrix.WebTest;
import com.skillmatrix.matrix.Slugs;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class OperationsTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void healthLivenessAndReadinessAreUp() {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			assertThat(this.mvc.get().uri(path)).hasStatusOk().bodyText().contains("\"status\":\"UP\"");
		}
	}

	@Test
	void onlyHealthIsExposed() {
		for (String path : new String[] { "/actuator/env", "/actuator/info", "/actuator/beans", "/actuator/metrics",
				"/actuator/prometheus", "/actuator/configprops", "/actuator/heapdump" }) {
			assertThat(this.mvc.get().uri(path)).as(path).hasStatus(404);
		}
		assertThat(this.mvc.get().uri("/actuator/health")).bodyText().doesNotContain("components", "db");
	}

	/** Without a management port no one can read request metrics, so requests are not timed for them. */
	@Test
	void requestsAreNotTimedWhereNoMetricsAreServed(@Autowired MeterRegistry registry) {
		String skill = TestMatrix.skill().path();
		assertThat(this.mvc.get().uri(skill)).hasStatusOk();
		assertThat(this.mvc.get().uri(skill)).hasStatusOk();
		assertThat(registry.find("http.server.requests").timers()).isEmpty();
	}

	@Test
	void theDatabaseConsoleIsOff() {
		assertThat(this.mvc.get().uri("/h2-console")).hasStatus(404);
	}

	@Test
	void pagesOpenNoSessionAndSetNoCookie() {
		String skill = TestMatrix.skill().path();
		for (String path : new String[] { "/", skill, skill + "?level=" + TestMatrix.middle().slug(),
				skill + "/compare?roles=" + Slugs.of(TestMatrix.skill().mainRole()), "/nothing" }) {
			MvcTestResult result = this.mvc.get().uri(path).exchange();
			assertThat(result.getRequest().getSession(false)).as(path).isNull();
			assertThat(result.getResponse().getHeaders("Set-Cookie")).as(path).isEmpty();
		}
	}

}

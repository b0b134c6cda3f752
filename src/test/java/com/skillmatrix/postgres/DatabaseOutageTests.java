package com.skillmatrix.postgres;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

import com.skillmatrix.Instance;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.matrix.Slugs;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With PostgreSQL stopped, pages that need it answer 503 with a plain page and readiness goes down, while pages
 * already rendered are still served; when it is back, everything recovers without a restart. The test has a
 * cluster of its own, so that stopping it disturbs no other test.
 */
@Tag("postgres")
@ExtendWith(TestDatabase.class)
class DatabaseOutageTests {

	@Test
	void pagesAnswerServiceUnavailableAndRecover() {
		String skill = TestMatrix.skill().path();
		String level = skill + "/levels/" + TestMatrix.middle().slug();
		try (PostgresCluster cluster = PostgresCluster.start(); Instance instance = cluster.instance()) {
			assertThat(instance.get(skill).statusCode()).isEqualTo(200);
			assertThat(instance.get("/actuator/health/readiness").statusCode()).isEqualTo(200);

			cluster.stopServer();
			assertThat(instance.get(skill).statusCode()).as("rendered before").isEqualTo(200);
			for (String path : new String[] { "/", level, "/roles/" + Slugs.of(TestMatrix.skill().mainRole()) }) {
				HttpResponse<String> page = instance.get(path);
				assertThat(page.statusCode()).as(path).isEqualTo(503);
				assertThat(page.body()).contains("Sorry, the service is temporarily unavailable")
					.doesNotContainIgnoringCase("exception")
					.doesNotContainIgnoringCase("postgres")
					.doesNotContain("SQL");
				assertThat(page.headers().firstValue("Retry-After")).isPresent();
			}
			HttpResponse<String> problem = instance.get("/api/v1" + skill);
			assertThat(problem.statusCode()).isEqualTo(503);
			assertThat(problem.headers().firstValue("Content-Type")).hasValueSatisfying(
					(type) -> assertThat(type).startsWith("application/problem+json"));
			assertThat(problem.body()).contains("\"status\":503", "temporarily unavailable")
				.doesNotContainIgnoringCase("exception")
				.doesNotContainIgnoringCase("postgres");
			assertThat(problem.headers().firstValue("Retry-After")).isPresent();
			assertThat(instance.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
			assertThat(instance.get("/actuator/health/liveness").statusCode()).isEqualTo(200);

			cluster.startServer();
			Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
			while (instance.get("/").statusCode() != 200 && Instant.now().isBefore(deadline)) {
				sleep();
			}
			assertThat(instance.get("/").statusCode()).isEqualTo(200);
			assertThat(instance.get(level).statusCode()).isEqualTo(200);
			assertThat(instance.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}

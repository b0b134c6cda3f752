package com.skillmatrix.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.skillmatrix.Instance;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.matrix.Slugs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator sees of a running instance started as the README says: request metrics on a management port of
 * their own and only there, tagged by route; structured logs whose every line of a request names its id; and one
 * line for a fault of the server's.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTests {

	private static final String DATABASE = "jdbc:h2:mem:observability";

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final Pattern URI_TAG = Pattern.compile("^http_server_requests_seconds_count\\{.*uri=\"([^\"]*)\"",
			Pattern.MULTILINE);

	private final String skill = TestMatrix.skill().path();

	private Instance instance;

	@BeforeAll
	void start() {
		// Logging is the JVM's, set up by the first application of the run: this one sets it up again, its own way.
		LoggingSystem.get(getClass().getClassLoader()).cleanUp();
		this.instance = Instance.start("--management.server.port=0", "--logging.structured.format.console=ecs",
				"--spring.datasource.url=" + DATABASE + ";DB_CLOSE_DELAY=-1");
	}

	@AfterAll
	void stop() throws SQLException {
		this.instance.close();
		try (Connection connection = DriverManager.getConnection(DATABASE, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("SHUTDOWN");
		}
		// The tests that follow log as a plain start does: the format is kept in a system property as well.
		System.clearProperty(LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.cleanUp();
		logging.beforeInitialize();
		logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
	}

	@Test
	@Order(1)
	void metricsAreOnTheManagementPortAloneWithRouteTemplatesForTags() {
		String level = this.skill + "/levels/" + TestMatrix.middle().slug();
		for (String path : List.of(this.skill, this.skill, level, level, this.skill + "-no-such-skill",
				"/no/such/page-" + System.nanoTime())) {
			get(this.instance.port(), path, null);
		}
		for (String path : List.of("/actuator/metrics", "/actuator/prometheus", "/actuator/env")) {
			assertThat(get(this.instance.port(), path, null).statusCode()).as(path).isEqualTo(404);
		}
		assertThat(get(this.instance.port(), "/readyz", null).statusCode()).isEqualTo(200);
		assertThat(get(this.instance.port(), "/livez", null).statusCode()).isEqualTo(200);

		int management = this.instance.managementPort();
		assertThat(get(management, "/actuator/health/readiness", null).statusCode()).isEqualTo(200);
		assertThat(get(management, "/actuator/env", null).statusCode()).isEqualTo(404);
		assertThat(get(management, "/actuator/metrics/http.server.requests", null).body())
			.contains("\"name\":\"http.server.requests\"");
		String scrape = get(management, "/actuator/prometheus", null).body();
		Set<String> uris = new TreeSet<>();
		Matcher tag = URI_TAG.matcher(scrape);
		while (tag.find()) {
			uris.add(tag.group(1));
		}
		assertThat(uris).contains("/skills/{skill}", "/skills/{skill}/levels/{level}")
			.allSatisfy((uri) -> assertThat(uri).doesNotContain(TestMatrix.skill().slug(), "no-such"));
		// The second request of each page is answered from the page cache, under its route all the same.
		assertThat(scrape).containsPattern("http_server_requests_seconds_count\\{[^}]*status=\"200\""
				+ "[^}]*uri=\"/skills/\\{skill}\"[^}]*} [2-9]");
	}

	@Test
	@Order(2)
	void theRequestIdIsAnsweredAndNamedInTheLogs(CapturedOutput output) {
		HttpResponse<String> given = get(this.instance.port(), this.skill, "visit-1.a_B");
		assertThat(given.headers().firstValue(RequestIds.HEADER)).hasValue("visit-1.a_B");
		HttpResponse<String> made = get(this.instance.port(), this.skill, "x".repeat(65));
		assertThat(made.headers().firstValue(RequestIds.HEADER)).hasValueSatisfying(
				(id) -> assertThat(id).matches("[0-9a-f]{16}"));

		String missing = "missing-" + System.nanoTime();
		assertThat(get(this.instance.port(), this.skill + "-no-such-skill", missing).statusCode()).isEqualTo(404);
		assertThat(get(this.instance.port(), "/no/such/page", missing).statusCode()).isEqualTo(404);
		assertThat(output.getOut().lines().filter((line) -> line.contains(missing)))
			.as("a client's error is not the server's to log").isEmpty();
	}

	@Test
	@Order(3)
	void aFaultOfTheServersIsOneStructuredLineWithTheRequestIdAndTheStackTrace(CapturedOutput output)
			throws SQLException {
		try (Connection connection = DriverManager.getConnection(DATABASE, "sa", "");
				Statement statement = connection.createStatement()) {
			statement.execute("ALTER TABLE cells RENAME TO cells_lost");
		}
		String fault = "fault-" + System.nanoTime();
		String role = "/roles/" + Slugs.of(TestMatrix.skill().mainRole());
		HttpResponse<String> answer = get(this.instance.port(), role, fault);
		assertThat(answer.statusCode()).isEqualTo(500);
		assertThat(answer.headers().firstValue(RequestIds.HEADER)).hasValue(fault);
		assertThat(answer.body()).doesNotContain("cells", "SQL", "Exception");

		List<String> lines = output.getOut().lines().filter((line) -> line.contains(fault)).toList();
		assertThat(lines).singleElement()
			.satisfies((line) -> assertThat(line).startsWith("{")
				.endsWith("}")
				.contains("\"level\":\"ERROR\"", "\"http\":{\"request\":{\"id\":\"" + fault + "\"}}",
						"\"stack_trace\":", "CELLS"));
	}

	private static HttpResponse<String> get(int port, String path, String requestId) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
		if (requestId != null) {
			request.header(RequestIds.HEADER, requestId);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}

package com.skillmatrix.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.skillmatrix.TestMatrix;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Java 25 recipe of the Docker image and the README, {@code bin/aot}, on the packaged jar: it extracts the jar,
 * trains a cache, and the application it then starts uses that cache and answers. It runs after {@code package}, on
 * a JDK 25 of the machine's; without one it is skipped, except in CI, where that is a failure.
 */
class AotRecipeIT {

	private static final Path JAR = Path.of("target/skill-matrix.jar");

	private static final Path DIR = Path.of("target/aot-it");

	private static final Duration LIMIT = Duration.ofMinutes(10);

	@Test
	void theApplicationStartedFromItsCacheServesTheSkillPage() throws Exception {
		Path javaHome = jdk25().orElseGet(AotRecipeIT::skipOrFail);
		Files.createDirectories(DIR);
		Path buildLog = DIR.resolve("build.log");
		ProcessBuilder build = command(javaHome, "build", JAR.toString(), DIR.toString());
		assertThat(run(build.redirectOutput(buildLog.toFile()))).as("bin/aot build: %s", buildLog).isZero();
		assertThat(DIR.resolve("skill-matrix.aot")).isNotEmptyFile();

		int port = freePort();
		Path log = DIR.resolve("run.log");
		// AOTMode=on: a cache that the JVM cannot use stops it, rather than it starting without.
		ProcessBuilder serve = command(javaHome, "run", DIR.toString(), "--server.port=" + port);
		serve.environment().put("JAVA_OPTS", "-XX:AOTMode=on -Xlog:aot=info");
		Process app = serve.redirectOutput(log.toFile()).start();
		try {
			String skill = TestMatrix.skill().slug();
			assertThat(firstAnswer(app, port, "/skills/" + skill, log)).isEqualTo(200);
			String output = Files.readString(log);
			assertThat(output).as("the JVM mapped the cache").contains("Mapped static  region #0");
			assertThat(output).as("Spring used its build-time bean definitions").contains("Starting AOT-processed");
		}
		finally {
			stop(app);
		}

		// Spring's build-time beans have no management context of their own: given a management port, the recipe
		// starts without them, so that metrics are served there and never on the main port.
		int managementPort = freePort();
		Path managed = DIR.resolve("run-management.log");
		ProcessBuilder withMetrics = command(javaHome, "run", DIR.toString(), "--server.port=" + port);
		withMetrics.environment().put("MANAGEMENT_SERVER_PORT", Integer.toString(managementPort));
		app = withMetrics.redirectOutput(managed.toFile()).start();
		try {
			assertThat(firstAnswer(app, port, "/actuator/metrics", managed)).isEqualTo(404);
			assertThat(firstAnswer(app, managementPort, "/actuator/metrics", managed)).isEqualTo(200);
		}
		finally {
			stop(app);
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static void stop(Process app) throws InterruptedException {
		app.destroy();
		if (!app.waitFor(30, TimeUnit.SECONDS)) {
			app.destroyForcibly();
		}
	}

	private static ProcessBuilder command(Path javaHome, String... arguments) {
		String[] all = Stream.concat(Stream.of("bash", "bin/aot"), Arrays.stream(arguments)).toArray(String[]::new);
		ProcessBuilder builder = new ProcessBuilder(all).redirectErrorStream(true);
		builder.environment().put("JAVA_HOME", javaHome.toString());
		// The bundled seed on the embedded database, which TestMatrix reads too.
		Stream.of("JAVA_OPTS", "SKILLMATRIX_DATA", "SPRING_PROFILES_ACTIVE").forEach(builder.environment()::remove);
		return builder;
	}

	private static int run(ProcessBuilder builder) throws IOException, InterruptedException {
		Process process = builder.start();
		if (!process.waitFor(LIMIT.toMinutes(), TimeUnit.MINUTES)) {
			process.destroyForcibly();
			Assertions.fail("bin/aot took more than " + LIMIT);
		}
		return process.exitValue();
	}

	/** The status of the first answer the application gives, waiting for it to start. */
	private static int firstAnswer(Process app, int port, String path, Path log) throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(20))
			.build();
		long deadline = System.nanoTime() + LIMIT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!app.isAlive()) {
				Assertions.fail("The application stopped: " + Files.readString(log));
			}
			try {
				return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			}
			catch (IOException notYet) {
				Thread.sleep(200);
			}
		}
		return Assertions.fail("The application did not answer within " + LIMIT);
	}

	/** A JDK 25 or newer: the one running the tests, JAVA25_HOME, or one under /usr/lib/jvm. */
	private static Optional<Path> jdk25() throws IOException {
		Stream<Path> candidates = Stream.of(System.getProperty("java.home"), System.getenv("JAVA25_HOME"))
			.filter(home -> home != null && !home.isBlank())
			.map(Path::of);
		Path jvms = Path.of("/usr/lib/jvm");
		if (Files.isDirectory(jvms)) {
			try (Stream<Path> installed = Files.list(jvms)) {
				candidates = Stream.concat(candidates, installed.sorted(Comparator.reverseOrder()).toList().stream());
			}
		}
		return candidates.filter(home -> majorVersion(home) >= 25 && Files.isExecutable(home.resolve("bin/java")))
			.findFirst();
	}

	/** The major version a JDK's {@code release} file names, or 0. */
	private static int majorVersion(Path home) {
		try {
			Matcher version = Pattern.compile("JAVA_VERSION=\"(\\d+)").matcher(Files.readString(home.resolve("release")));
			return version.find() ? Integer.parseInt(version.group(1)) : 0;
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

	private static Path skipOrFail() {
		String message = "The Java 25 recipe (bin/aot) needs a JDK 25: none was found under /usr/lib/jvm (JAVA25_HOME "
				+ "names another), so this test is skipped.";
		if (System.getenv("CI") != null) {
			Assertions.fail(message);
		}
		System.err.println("[WARNING] " + message);
		Assumptions.abort(message);
		return null;
	}

}

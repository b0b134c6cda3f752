package com.skillmatrix.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.skillmatrix.SkillMatrixApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A whole application instance on the "postgres" profile and its own port, as in production. */
final class Instance implements AutoCloseable {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ConfigurableApplicationContext context;

	private final int port;

	private Instance(ConfigurableApplicationContext context) {
		this.context = context;
		this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	static Instance start(PostgresCluster cluster, String... arguments) {
		// As command-line arguments, these win over the profile's defaults, as the standard variables would.
		List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + cluster.jdbcUrl(),
				"--spring.datasource.username=" + PostgresCluster.USER, "--spring.datasource.password="));
		all.addAll(List.of(arguments));
		return new Instance(new SpringApplicationBuilder(SkillMatrixApplication.class).profiles("postgres")
			.run(all.toArray(String[]::new)));
	}

	HttpResponse<String> get(String path) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.timeout(Duration.ofSeconds(20))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The page as any instance would serve it: this instance's own address taken out. */
	String page(String path) {
		return get(path).body().replace("localhost:" + this.port, "localhost");
	}

	@Override
	public void close() {
		this.context.close();
	}

}

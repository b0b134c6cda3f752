package com.skillmatrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A whole application instance on its own port, started as in production with the arguments given. */
public final class Instance implements AutoCloseable {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final ConfigurableApplicationContext context;

	private final int port;

	private Instance(ConfigurableApplicationContext context) {
		this.context = context;
		this.port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	/** Starts an instance; command-line arguments win over the properties files, as the standard variables would. */
	public static Instance start(String... arguments) {
		List<String> all = new ArrayList<>(List.of("--server.port=0"));
		all.addAll(List.of(arguments));
		return new Instance(new SpringApplicationBuilder(SkillMatrixApplication.class).run(all.toArray(String[]::new)));
	}

	/**
	 * An instance on a data folder changed since its last load: the folder as it is is loaded into a new in-memory
	 * database and that instance stopped, then {@code change} changes the folder, and the instance returned loads the
	 * difference into the same database, so that the change log holds it.
	 *
	 * @param database the in-memory database's name, one for each folder
	 */
	public static Instance afterChange(Path folder, String database, FolderChange change) throws IOException {
		String url = "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1";
		start("--skillmatrix.data=" + folder, url).close();
		change.apply();
		return start("--skillmatrix.data=" + folder, url);
	}

	/** What changes a data folder between two loads. */
	@FunctionalInterface
	public interface FolderChange {

		void apply() throws IOException;

	}

	public int port() {
		return this.port;
	}

	/** The port of the instance's management server, when it was started with one of its own. */
	public int managementPort() {
		return Integer.parseInt(this.context.getEnvironment().getProperty("local.management.port"));
	}

	public HttpResponse<String> get(String path) {
		return get(this.port, path);
	}

	/** The page as any instance would serve it: this instance's own address taken out. */
	public String page(String path) {
		return page(this.port, path);
	}

	/** What the server on a loopback port answers. */
	public static HttpResponse<String> get(int port, String path) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
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

	/** The page the server on a loopback port serves, as any instance would serve it: the port taken out. */
	public static String page(int port, String path) {
		return get(port, path).body().replace("localhost:" + port, "localhost");
	}

	@Override
	public void close() {
		this.context.close();
	}

}

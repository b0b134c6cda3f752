package com.skillmatrix.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.skillmatrix.Instance;

import org.springframework.util.FileSystemUtils;

/**
 * A throwaway PostgreSQL cluster on a loopback port, made with the machine's own initdb and pg_ctl (Debian's
 * {@code postgresql}) in a temporary folder, and removed when the tests end. As root, it runs as the
 * {@code postgres} user, since PostgreSQL refuses to run as root.
 */
public final class PostgresCluster implements AutoCloseable {

	public static final String DATABASE = "skillmatrix";

	public static final String USER = "postgres";

	private final Path binaries;

	private final Path directory;

	private final int port;

	private PostgresCluster(Path binaries, Path directory, int port) {
		this.binaries = binaries;
		this.directory = directory;
		this.port = port;
	}

	/** The folder of initdb and pg_ctl: {@code PG_BIN}, or the newest under /usr/lib/postgresql. */
	public static Optional<Path> binaries() {
		String configured = System.getenv("PG_BIN");
		if (configured != null && !configured.isBlank()) {
			return Optional.of(Path.of(configured)).filter(PostgresCluster::hasTools);
		}
		Path installed = Path.of("/usr/lib/postgresql");
		if (!Files.isDirectory(installed)) {
			return Optional.empty();
		}
		try (Stream<Path> versions = Files.list(installed)) {
			return versions.map((version) -> version.resolve("bin"))
				.filter(PostgresCluster::hasTools)
				.max(Comparator.comparingInt(PostgresCluster::majorVersion));
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	/** A whole application instance on the "postgres" profile and this cluster, as in production. */
	public Instance instance(String... arguments) {
		List<String> all = new ArrayList<>(List.of("--spring.profiles.active=postgres",
				"--spring.datasource.url=" + jdbcUrl(), "--spring.datasource.username=" + USER,
				"--spring.datasource.password="));
		all.addAll(List.of(arguments));
		return Instance.start(all.toArray(String[]::new));
	}

	public static PostgresCluster start() {
		Path binaries = binaries().orElseThrow(() -> new IllegalStateException("PostgreSQL is not installed"));
		try {
			Path directory = Files.createTempDirectory("skillmatrix-postgres-");
			int port;
			try (ServerSocket socket = new ServerSocket(0)) {
				port = socket.getLocalPort();
			}
			PostgresCluster cluster = new PostgresCluster(binaries, directory, port);
			if (asRoot()) {
				UserPrincipal postgres = directory.getFileSystem().getUserPrincipalLookupService()
					.lookupPrincipalByName(USER);
				Files.setOwner(directory, postgres);
			}
			cluster.run("initdb", "-D", directory.resolve("data").toString(), "-U", USER, "-A", "trust", "-E",
					"UTF8", "--no-locale");
			cluster.startServer();
			try (Connection connection = DriverManager.getConnection(cluster.jdbcUrl("postgres"), USER, "");
					Statement statement = connection.createStatement()) {
				statement.execute("CREATE DATABASE " + DATABASE);
			}
			return cluster;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL started but refused a connection", ex);
		}
	}

	public String jdbcUrl() {
		return jdbcUrl(DATABASE);
	}

	/** A new, empty database in this cluster, for a test that must not share the application's: its address. */
	public String createDatabase(String name) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
			return jdbcUrl(name);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL refused to create the database " + name, ex);
		}
	}

	private String jdbcUrl(String database) {
		return "jdbc:postgresql://127.0.0.1:" + this.port + "/" + database;
	}

	/** Starts the server again after {@link #stopServer()}, on the same port with the same data. */
	public void startServer() {
		run("pg_ctl", "-D", this.directory.resolve("data").toString(), "-l",
				this.directory.resolve("server.log").toString(), "-w", "-o",
				"-p " + this.port + " -c listen_addresses=127.0.0.1 -k " + this.directory + " -c fsync=off", "start");
	}

	/** Stops the server at once, as a crash or an outage would. */
	public void stopServer() {
		run("pg_ctl", "-D", this.directory.resolve("data").toString(), "-w", "-m", "immediate", "stop");
	}

	@Override
	public void close() {
		try {
			stopServer();
		}
		finally {
			try {
				FileSystemUtils.deleteRecursively(this.directory);
			}
			catch (IOException ex) {
				// A temporary folder left behind is not worth failing the tests for.
			}
		}
	}

	private void run(String tool, String... arguments) {
		List<String> command = new ArrayList<>();
		if (asRoot()) {
			command.addAll(List.of("runuser", "-u", USER, "--"));
		}
		command.add(this.binaries.resolve(tool).toString());
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(this.directory.resolve(tool + ".out").toFile())
				.start();
			if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
				process.destroyForcibly();
				throw new IllegalStateException(String.join(" ", command) + " failed: "
						+ Files.readString(this.directory.resolve(tool + ".out")));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static boolean asRoot() {
		return "root".equals(System.getProperty("user.name"));
	}

	private static boolean hasTools(Path bin) {
		return Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl"));
	}

	private static int majorVersion(Path bin) {
		try {
			return Integer.parseInt(bin.getParent().getFileName().toString());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

}

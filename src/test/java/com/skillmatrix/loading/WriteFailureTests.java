package com.skillmatrix.loading;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.skillmatrix.TestFolders;
import com.skillmatrix.postgres.TestDatabase;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A load whose write fails part-way leaves the database exactly as it was: every table, the change log and
 * Flyway's history (as the application configures Flyway: the load and its cleanup); the next start loads the
 * folder as if the failed one had never been. The failure is a JDBC
 * error on a chosen write statement, injected by a proxy around the connections, so that the code under test is
 * the production load unchanged.
 */
@Tag("database")
@ExtendWith(TestDatabase.class)
class WriteFailureTests {

	private static final AtomicInteger databases = new AtomicInteger();

	@TempDir
	Path folder;

	/** Fails the first write, a write in the middle of the cells, and the change log's, the last one. */
	@ParameterizedTest
	@ValueSource(strings = { "write 1", "write 4", "skill_changes" })
	void aFailedWriteLeavesEveryTableAsItWas(String failure) throws IOException, SQLException {
		TestFolders.copy(TestFolders.FOUR_LEVELS, this.folder);
		FailingDataSource database = new FailingDataSource(newDatabase());
		migrate(database);
		Map<String, List<String>> before = dump(database);
		assertThat(before.get("skills")).as("the first load wrote the skills").isNotEmpty();
		assertThat(before.get("data_imports")).hasSize(1);

		change(this.folder);
		database.failOn(failure);
		assertThatThrownBy(() -> migrate(database)).isInstanceOf(FlywayException.class)
			.hasStackTraceContaining(FailingDataSource.MESSAGE);
		assertThat(database.failed()).as("the write failed at " + failure).isTrue();
		Map<String, List<String>> afterFailure = dump(database);
		assertThat(afterFailure.keySet()).isEqualTo(before.keySet());
		SoftAssertions.assertSoftly((softly) -> before
			.forEach((table, rows) -> softly.assertThat(afterFailure.get(table)).as(table).containsExactlyElementsOf(rows)));

		database.failOn(null);
		migrate(database);
		Map<String, List<String>> after = dump(database);
		assertThat(after.get("data_imports")).as("the next start loads the changed folder, once").hasSize(2);
		assertThat(after.get("skills")).isNotEqualTo(before.get("skills"));
	}

	private void migrate(DataSource database) {
		Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration")
			.javaMigrations(new MatrixMigration(this.folder.toString()))
			.callbacks(new FailedLoadCleanup())
			.load()
			.migrate();
	}

	/** One description re-worded and one skill removed: updates, deletes and change-log rows. */
	private static void change(Path folder) throws IOException {
		Path csv = folder.resolve("matrix.csv");
		List<String> lines = new ArrayList<>(Files.readAllLines(csv));
		assertThat(lines).hasSizeGreaterThan(2);
		String line = lines.get(1);
		lines.set(1, line.endsWith("\"") ? line.substring(0, line.length() - 1) + " Changed.\""
				: line + " Changed.");
		Files.write(csv, lines);
		Files.delete(folder.resolve("release-pipelines.txt"));
	}

	static DataSource newDatabase() {
		String name = "write_failure_" + databases.incrementAndGet();
		if (TestDatabase.postgres()) {
			return new DriverManagerDataSource(TestDatabase.sharedCluster().createDatabase(name),
					com.skillmatrix.postgres.PostgresCluster.USER, "");
		}
		return new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
	}

	/** Every table of the application's schema, each row as text, sorted: two dumps are equal when nothing moved. */
	private static Map<String, List<String>> dump(DataSource database) throws SQLException {
		Map<String, List<String>> tables = new TreeMap<>();
		try (Connection connection = database.getConnection()) {
			String schema = connection.getSchema();
			Map<String, String> names = new TreeMap<>();
			try (ResultSet rs = connection.getMetaData().getTables(null, schema, "%", new String[] { "TABLE" })) {
				while (rs.next()) {
					String table = rs.getString("TABLE_NAME");
					names.put(table.toLowerCase(Locale.ROOT), '"' + table + '"');
				}
			}
			assertThat(names).containsKeys("skills", "cells", "roles", "levels", "data_imports", "skill_changes",
					"flyway_schema_history");
			for (String table : names.keySet()) {
				List<String> rows = new ArrayList<>();
				try (Statement statement = connection.createStatement();
						ResultSet rs = statement.executeQuery("select * from " + names.get(table))) {
					int columns = rs.getMetaData().getColumnCount();
					while (rs.next()) {
						StringBuilder row = new StringBuilder();
						for (int i = 1; i <= columns; i++) {
							row.append(rs.getMetaData().getColumnName(i)).append('=').append(rs.getString(i)).append('|');
						}
						rows.add(row.toString());
					}
				}
				rows.sort(null);
				tables.put(table, rows);
			}
		}
		return tables;
	}

	/**
	 * Connections whose statements fail on a chosen write: the n-th insert, update or delete of the matrix's tables
	 * ("write n"), or the first that names a table. Flyway's own history is not counted.
	 */
	private static final class FailingDataSource extends org.springframework.jdbc.datasource.DelegatingDataSource {

		static final String MESSAGE = "injected failure of the write";

		private volatile String failure;

		private final AtomicInteger writes = new AtomicInteger();

		private volatile boolean failed;

		FailingDataSource(DataSource target) {
			super(target);
		}

		void failOn(String failure) {
			this.failure = failure;
			this.writes.set(0);
			this.failed = false;
		}

		boolean failed() {
			return this.failed;
		}

		@Override
		public Connection getConnection() throws SQLException {
			return wrap(Connection.class, super.getConnection(), null);
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return wrap(Connection.class, super.getConnection(username, password), null);
		}

		private <T> T wrap(Class<T> type, T target, String preparedSql) {
			InvocationHandler handler = (proxy, method, args) -> {
				String name = method.getName();
				if (name.startsWith("execute")) {
					String sql = (args != null && args.length > 0 && args[0] instanceof String text) ? text : preparedSql;
					check(sql);
				}
				try {
					Object result = method.invoke(target, args);
					if (result instanceof java.sql.PreparedStatement statement && name.startsWith("prepare")) {
						return wrap(java.sql.PreparedStatement.class, statement, (String) args[0]);
					}
					if (result instanceof Statement statement && name.equals("createStatement")) {
						return wrap(Statement.class, statement, null);
					}
					return result;
				}
				catch (InvocationTargetException ex) {
					throw ex.getCause();
				}
			};
			return type.cast(Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { type }, handler));
		}

		private void check(String sql) throws SQLException {
			String failure = this.failure;
			if (failure == null || sql == null) {
				return;
			}
			String text = sql.strip().toLowerCase(Locale.ROOT);
			boolean write = (text.startsWith("insert") || text.startsWith("update") || text.startsWith("delete"))
					&& !text.contains("flyway_schema_history");
			if (!write) {
				return;
			}
			boolean fail = failure.startsWith("write ")
					? this.writes.incrementAndGet() == Integer.parseInt(failure.substring("write ".length()))
					: text.contains(failure);
			if (fail) {
				this.failed = true;
				throw new SQLException(MESSAGE);
			}
		}

	}

}

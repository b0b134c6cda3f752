package com.skillmatrix.postgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.skillmatrix.TestFolders;
import com.skillmatrix.Instance;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances starting at the same moment against a changed data folder on one PostgreSQL database: Flyway's lock
 * lets one of them load the folder and the other find it loaded, so the change is applied and logged once.
 */
@Tag("postgres")
@ExtendWith(TestDatabase.class)
class TogetherStartTests {

	private static final String REMOVED = "release-pipelines";

	@TempDir
	Path folder;

	@Test
	void twoInstancesStartingTogetherLoadAChangedFolderOnce() throws Exception {
		TestFolders.copy(TestFolders.FOUR_LEVELS, this.folder);
		String url = TestDatabase.sharedCluster().createDatabase("together_start");
		try (Instance first = start(url)) {
			assertThat(first.get("/skills/" + REMOVED).statusCode()).isEqualTo(200);
		}
		assertThat(count(url, "select count(*) from data_imports")).isEqualTo(1);

		Path csv = this.folder.resolve("matrix.csv");
		List<CSVRecord> rows = TestFolders.rows(csv);
		assertThat(rows).hasSizeGreaterThan(1);
		CSVRecord reworded = rows.get(1);
		String skill = reworded.get(0);
		String newWords = reworded.get(9) + " Also keeps a written record of every change.";
		TestFolders.rewrite(csv, rows, (row, values) -> {
			if (row == reworded) {
				values.set(9, newWords);
			}
		});
		Files.delete(this.folder.resolve(REMOVED + ".txt"));
		String levelPage = "/skills/" + skill + "/levels/" + TestFolders.levelSlug(this.folder, reworded.get(6));

		List<Instance> instances = startTogether(url);
		try {
			Instance one = instances.get(0);
			Instance other = instances.get(1);
			assertThat(count(url, "select count(*) from data_imports")).as("one new load").isEqualTo(2);
			assertThat(changes(url)).as("the new load's change log, each change once")
				.containsExactlyInAnyOrder("CELL_REWORDED " + skill + " " + reworded.get(7),
						"SKILL_REMOVED " + REMOVED + " null");
			assertThat(count(url, "select count(*) from flyway_schema_history where success = false")).isZero();
			assertThat(count(url, "select count(*) from flyway_schema_history where description = 'matrix data'"))
				.as("the first load and the changed folder's").isEqualTo(2);

			Document log = Jsoup.parse(one.get("/skills/" + skill + "/changes").body());
			assertThat(log.select("section.change-log__import")).hasSize(2);
			assertThat(log.select("section.change-log__import ins")).hasSize(1);
			assertThat(log.selectFirst("section.change-log__import ins").text()).contains("Also keeps a written record");
			assertThat(Jsoup.parse(one.get(levelPage).body()).select("tbody tr").text()).contains(newWords);
			assertThat(one.get("/skills/" + REMOVED).statusCode()).isEqualTo(410);

			List<String> pages = List.of("/skills/" + skill, "/skills/" + skill + "/changes", levelPage,
					"/skills/" + REMOVED, "/skills/" + REMOVED + "/changes");
			for (String path : pages) {
				assertThat(other.get(path).statusCode()).as(path).isEqualTo(one.get(path).statusCode());
				assertThat(other.page(path)).as(path).isEqualTo(one.page(path)).contains("</html>");
			}
		}
		finally {
			instances.forEach(Instance::close);
		}
	}

	/** Two instances started by two threads released at once; both must come up. */
	private List<Instance> startTogether(String url) throws Exception {
		CyclicBarrier barrier = new CyclicBarrier(2);
		Callable<Instance> start = () -> {
			barrier.await();
			return start(url);
		};
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			List<Future<Instance>> futures = List.of(threads.submit(start), threads.submit(start));
			List<Instance> started = new ArrayList<>();
			Exception failure = null;
			for (Future<Instance> future : futures) {
				try {
					// A guard against a start that hangs, not a measure of speed.
					started.add(future.get(5, TimeUnit.MINUTES));
				}
				catch (ExecutionException | TimeoutException ex) {
					if (failure == null) {
						failure = ex;
					}
					else {
						failure.addSuppressed(ex);
					}
				}
			}
			if (failure != null) {
				started.forEach(Instance::close);
				throw failure;
			}
			return started;
		}
		finally {
			threads.shutdownNow();
		}
	}

	private Instance start(String url) {
		return Instance.start("--spring.profiles.active=postgres", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + PostgresCluster.USER, "--spring.datasource.password=",
				"--skillmatrix.data=" + this.folder);
	}

	private static long count(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, PostgresCluster.USER, "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(sql)) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** The change log of the newest load: kind, skill and role of each row. */
	private static List<String> changes(String url) throws SQLException {
		List<String> changes = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(url, PostgresCluster.USER, "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select kind, skill_slug, role_name from skill_changes"
						+ " where import_id = (select max(id) from data_imports)")) {
			while (rs.next()) {
				changes.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
			}
		}
		return changes;
	}

}

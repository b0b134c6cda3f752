package com.skillmatrix.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Changing the data folder and restarting on PostgreSQL: the difference is applied and logged, bad data changes
 * nothing, and the history survives restarts.
 */
@Tag("postgres")
@ExtendWith(TestDatabase.class)
class MatrixChangesTests {

	@TempDir
	Path folder;

	@Test
	void aChangedFolderIsAppliedOnRestartAndBadDataLeavesThePreviousMatrix() throws IOException {
		TestFolders.copy(TestFolders.FOUR_LEVELS, this.folder);
		Path csv = this.folder.resolve("matrix.csv");
		List<CSVRecord> rows = TestFolders.rows(csv);
		CSVRecord reworded = rows.get(1);
		CSVRecord flagged = rows.stream()
			.skip(2)
			.filter((row) -> row.get(0).equals(reworded.get(0)) && row.get(8).equals("optional"))
			.findFirst()
			.orElseThrow();
		String skill = reworded.get(0);
		String levelPage = "/skills/" + skill + "/levels/" + TestFolders.levelSlug(this.folder, reworded.get(6));
		String flaggedPage = "/skills/" + skill + "/levels/" + TestFolders.levelSlug(this.folder, flagged.get(6));
		String newWords = reworded.get(9) + " Also keeps a written record of every change.";
		try (PostgresCluster cluster = PostgresCluster.start()) {
			try (Instance instance = start(cluster)) {
				assertThat(row(instance, levelPage, reworded.get(7)).text()).contains(reworded.get(9));
				assertThat(imports(instance, skill)).hasSize(1);
			}

			// One description re-worded and one optional cell turned required.
			TestFolders.rewrite(csv, rows, (row, values) -> {
				if (row == reworded) {
					values.set(9, newWords);
				}
				if (row == flagged) {
					values.set(8, "required");
				}
			});
			try (Instance instance = start(cluster)) {
				assertThat(row(instance, levelPage, reworded.get(7)).text()).contains(newWords);
				assertThat(row(instance, flaggedPage, flagged.get(7)).text()).contains("Required");
				Document log = Jsoup.parse(instance.get("/skills/" + skill + "/changes").body());
				assertThat(log.select("section.change-log__import")).hasSize(2);
				String newest = log.selectFirst("section.change-log__import").text();
				assertThat(newest).contains(reworded.get(7) + " at " + reworded.get(6), "re-worded",
						flagged.get(7) + " at " + flagged.get(6), "now Required");
				assertThat(log.selectFirst("section.change-log__import ins").text()).contains("Also keeps a written record");
			}

			Files.writeString(this.folder.resolve("broken.csv"), String.join(",", TestFolders.MATRIX_HEADER) + "\nx,X,D,C,S,2026-01-01,Nowhere,R,optional,y\n");
			assertThatThrownBy(() -> start(cluster)).hasStackTraceContaining("broken.csv:2: unknown level 'Nowhere'");
			Files.delete(this.folder.resolve("broken.csv"));

			try (Instance instance = start(cluster)) {
				assertThat(row(instance, levelPage, reworded.get(7)).text()).contains(newWords);
				assertThat(imports(instance, skill)).as("no entry for the failed start").hasSize(2);
			}

			Files.delete(this.folder.resolve("release-pipelines.txt"));
			try (Instance instance = start(cluster)) {
				assertThat(instance.get("/skills/release-pipelines").statusCode()).isEqualTo(410);
				assertThat(instance.get("/skills/release-pipelines/changes").body()).contains("Removed from the matrix.");
				assertThat(imports(instance, skill)).as("an unchanged skill is not logged again").hasSize(2);
			}
		}
	}

	private Instance start(PostgresCluster cluster) {
		return cluster.instance("--skillmatrix.data=" + this.folder);
	}

	private static List<String> imports(Instance instance, String skill) {
		return Jsoup.parse(instance.get("/skills/" + skill + "/changes").body())
			.select("section.change-log__import h2")
			.eachText();
	}

	/** The level table's row of a role. */
	private static org.jsoup.nodes.Element row(Instance instance, String page, String role) {
		return Jsoup.parse(instance.get(page).body())
			.select("tbody tr")
			.stream()
			.filter((tr) -> tr.selectFirst("th a").text().equals(role))
			.findFirst()
			.orElseThrow();
	}

}

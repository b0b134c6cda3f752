package com.skillmatrix.loading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import com.skillmatrix.Instance;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.WebTest;
import com.skillmatrix.matrix.MatrixCsvFormat;
import com.skillmatrix.matrix.Slugs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole-matrix download, put alone in an empty data folder (with the levels' download when the levels are not
 * the default ones), loads into the same matrix, and an application started on that folder serves every page
 * byte for byte as this one does.
 */
@WebTest
class RoundTripTests {

	@LocalServerPort
	private int port;

	@TempDir
	private Path folder;

	@Test
	void theWholeMatrixLoadsBackIntoTheSameMatrixAndTheSamePages() throws IOException {
		Files.writeString(this.folder.resolve("skill-matrix.csv"), Instance.get(this.port, "/export.csv").body());
		assertThat(Arrays.copyOf(Files.readAllBytes(this.folder.resolve("skill-matrix.csv")), 3))
			.as("saved as a spreadsheet gets it, byte-order mark first")
			.containsExactly(0xEF, 0xBB, 0xBF);
		if (!TestMatrix.levels().equals(MatrixReader.defaultLevels())) {
			Files.writeString(this.folder.resolve(MatrixCsvFormat.LEVELS_FILE), Instance.get(this.port, "/levels.csv").body());
		}

		MatrixReader.Reading reading = DataFolder.read(this.folder);
		assertThat(reading.problems()).isEmpty();
		Matrix original = new Matrix(TestMatrix.levels(),
				TestMatrix.skills().stream().map(TestMatrix.Skill::data).toList());
		assertThat(Matrices.withoutSources(reading.matrix())).isEqualTo(Matrices.withoutSources(original));

		try (Instance copy = Instance.start("--skillmatrix.data=" + this.folder,
				"--spring.datasource.url=jdbc:h2:mem:round-trip;DB_CLOSE_DELAY=-1",
				"--spring.datasource.username=sa", "--spring.datasource.password=")) {
			List<String> pages = pages();
			for (String page : pages) {
				assertThat(Instance.get(this.port, page).statusCode()).as(page).isEqualTo(200);
				assertThat(copy.page(page)).as(page).isEqualTo(Instance.page(this.port, page));
			}
			assertThat(pages).hasSizeGreaterThan(TestMatrix.skills().size() * TestMatrix.levels().size());
		}
	}

	/** A page of every type, for every skill, level, role and domain of the matrix, the downloads and the API. */
	private static List<String> pages() {
		List<String> pages = new ArrayList<>(List.of("/", "/export.csv", "/levels.csv", "/api/v1/skills",
				"/api/v1/roles", "/api/v1/levels", "/api/v1/openapi.json"));
		TestMatrix.skills().stream().map((skill) -> skill.data().domain()).distinct()
			.forEach((domain) -> pages.add("/domains/" + Slugs.of(domain)));
		for (TestMatrix.Skill skill : TestMatrix.skills()) {
			pages.add(skill.path());
			pages.add(skill.path() + "/export.csv");
			pages.add("/api/v1" + skill.path());
			for (String level : TestMatrix.levelSlugs()) {
				pages.add(skill.path() + "/levels/" + level);
				pages.add(skill.path() + "/advance?from=" + level);
			}
			for (String role : skill.roles()) {
				pages.add(skill.path() + "/roles/" + Slugs.of(role));
			}
			if (skill.roles().size() > 1) {
				pages.add(skill.path() + "/compare?roles=" + Slugs.of(skill.mainRole()) + "&roles="
						+ Slugs.of(skill.otherRole(skill.mainRole())));
			}
		}
		for (String role : TestMatrix.roles()) {
			pages.add("/roles/" + Slugs.of(role));
			pages.add("/roles/" + Slugs.of(role) + "/export.csv");
			pages.add("/api/v1/roles/" + Slugs.of(role));
			for (String level : TestMatrix.levelSlugs()) {
				pages.add("/roles/" + Slugs.of(role) + "/levels/" + level);
			}
		}
		return pages;
	}

}

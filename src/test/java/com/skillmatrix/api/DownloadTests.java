package com.skillmatrix.api;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import com.skillmatrix.DataFiles;
import com.skillmatrix.Pages;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.WebTest;
import com.skillmatrix.matrix.MatrixCsvFormat;
import com.skillmatrix.matrix.Slugs;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV downloads hold exactly what the data folder's files say, in the pages' order, compared with the files'
 * own text ({@link DataFiles}) rather than with what the application's reader made of them.
 */
@WebTest
class DownloadTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theWholeMatrixIsEveryCellOfTheFilesInThePagesOrder() {
		List<String> expected = DataFiles.skillsInPageOrder()
			.stream()
			.flatMap((skill) -> DataFiles.cells(skill.slug()).stream().map((cell) -> row(skill, cell)))
			.toList();
		assertThat(rows(download("/export.csv", "skill-matrix.csv"))).isEqualTo(expected);
	}

	@ParameterizedTest
	@MethodSource("com.skillmatrix.TestMatrix#skillSlugs")
	void aSkillsDownloadIsItsCellsLevelByLevel(String slug) {
		DataFiles.Skill skill = DataFiles.skill(slug);
		assertThat(rows(download("/skills/" + slug + "/export.csv", "skill-" + slug + ".csv")))
			.isEqualTo(DataFiles.cells(slug).stream().map((cell) -> row(skill, cell)).toList());
	}

	@Test
	void aRolesDownloadIsItsCellsSkillBySkillThenLevelByLevel() {
		assertThat(TestMatrix.roles()).isNotEmpty();
		for (String role : TestMatrix.roles()) {
			String slug = Slugs.of(role);
			List<String> expected = DataFiles.skillsInPageOrder()
				.stream()
				.flatMap((skill) -> DataFiles.cells(skill.slug())
					.stream()
					.filter((cell) -> cell.role().equals(role))
					.map((cell) -> row(skill, cell)))
				.toList();
			assertThat(rows(download("/roles/" + slug + "/export.csv", "role-" + slug + ".csv"))).as(role)
				.isEqualTo(expected);
		}
	}

	@Test
	void theLevelsDownloadIsTheLevelsFile() {
		List<String> levels = DataFiles.records(download("/levels.csv", "levels.csv"))
			.stream()
			.map((record) -> record.get("slug") + " " + DataFiles.text(record, "name"))
			.toList();
		assertThat(levels)
			.isEqualTo(DataFiles.levels().stream().map((level) -> level.slug() + " " + level.name()).toList());
	}

	@Test
	void everyFieldIsQuotedAndNoneStartsAFormula() {
		String csv = download("/export.csv", "skill-matrix.csv");
		assertThat(csv).startsWith("\"" + String.join("\",\"", MatrixCsvFormat.HEADER) + "\"\r\n");
		assertThat(DataFiles.records(csv)).as("the download's rows").isNotEmpty();
		for (CSVRecord record : DataFiles.records(csv)) {
			assertThat(record.toList()).allSatisfy((field) -> assertThat(field).doesNotMatch("(?s)[=+\\-@\t\r].*"));
		}
	}

	@Test
	void anUnknownSkillOrRoleIsNotFound() {
		Document skill = Pages.get(this.mvc, "/skills/" + TestMatrix.absentSlug() + "/export.csv", 404);
		assertThat(skill.selectFirst("main .lede").text())
			.isEqualTo("There is no skill called “" + TestMatrix.absentSlug() + "”.");
		Document role = Pages.get(this.mvc, "/roles/" + TestMatrix.absentSlug("no-such-role") + "/export.csv", 404);
		assertThat(role.selectFirst("main .lede").text()).isEqualTo("There is no role called “" + TestMatrix.absentSlug("no-such-role") + "”.");
	}

	@Test
	void theCatalogueLinksToTheWholeMatrixAndItsLevels() {
		assertThat(Pages.get(this.mvc, "/").select(".downloads a[download]").eachAttr("href"))
			.containsExactly("/export.csv", "/levels.csv");
	}

	@ParameterizedTest
	@MethodSource("com.skillmatrix.TestMatrix#skillSlugs")
	void aSkillsPageLinksToItsDownload(String slug) {
		assertThat(Pages.get(this.mvc, "/skills/" + slug).select("a[download]").eachAttr("href"))
			.containsExactly("/skills/" + slug + "/export.csv");
	}

	@Test
	void aRolesPagesLinkToItsDownload() {
		String role = Slugs.of(TestMatrix.skill().mainRole());
		for (String page : List.of("/roles/" + role, "/roles/" + role + "/levels/" + TestMatrix.middle().slug())) {
			assertThat(Pages.get(this.mvc, page).select("a[download]").eachAttr("href")).as(page)
				.containsExactly("/roles/" + role + "/export.csv");
		}
	}

	@Test
	void everyDownloadStartsWithAUtf8ByteOrderMarkForSpreadsheets() {
		String skill = TestMatrix.skill().slug();
		String role = Slugs.of(TestMatrix.skill().mainRole());
		for (String path : List.of("/export.csv", "/levels.csv", "/skills/" + skill + "/export.csv",
				"/roles/" + role + "/export.csv")) {
			byte[] bytes = this.mvc.get().uri(path).exchange().getResponse().getContentAsByteArray();
			assertThat(Arrays.copyOf(bytes, 4)).as(path)
				.containsExactly(0xEF, 0xBB, 0xBF, '"');
			assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1)).as(path).doesNotContain("\uFEFF");
		}
	}

	/**
	 * A download's text after its byte-order mark, after checking that it is a UTF-8 CSV attachment of that name that
	 * starts with the mark.
	 */
	private String download(String path, String fileName) {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatus(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8;header=present");
		assertThat(result.getResponse().getHeader("Content-Disposition"))
			.isEqualTo("attachment; filename=\"" + fileName + "\"");
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(Arrays.copyOf(bytes, 3)).as(path).containsExactly(0xEF, 0xBB, 0xBF);
		return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
	}

	/** Every row of a download, each as one line of its fields. */
	private static List<String> rows(String csv) {
		return DataFiles.records(csv)
			.stream()
			.map((record) -> MatrixCsvFormat.HEADER.stream()
				.map((column) -> DataFiles.text(record, column))
				.reduce((a, b) -> a + " | " + b)
				.orElseThrow())
			.toList();
	}

	/** A cell of a file as a download's row states it. */
	private static String row(DataFiles.Skill skill, DataFiles.Cell cell) {
		return String.join(" | ", skill.slug(), skill.name(), skill.domain(), skill.category(), skill.summary(),
				skill.lastUpdated().toString(), cell.level(), cell.role(), cell.required() ? "required" : "optional",
				cell.description());
	}

}

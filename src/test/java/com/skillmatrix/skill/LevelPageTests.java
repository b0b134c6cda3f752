package com.skillmatrix.skill;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.skillmatrix.DataFiles;
import com.skillmatrix.DescriptionLines;
import com.skillmatrix.Pages;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.WebTest;
import com.skillmatrix.loading.Matrix;
import com.skillmatrix.matrix.Slugs;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class LevelPageTests {

	private static final TestMatrix.Skill SKILL = TestMatrix.skill();

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@MethodSource("com.skillmatrix.TestMatrix#skillLevels")
	void listsExactlyTheLevelsRolesWithTheirDescriptionsAndBadges(String skill, String level) {
		Document page = Pages.get(this.mvc, "/skills/" + skill + "/levels/" + level);
		List<String> seen = page.select("table.table--roles tbody tr")
			.stream()
			.map((row) -> row.select("th, td").eachText())
			.map((cells) -> String.join(" | ", cells))
			.toList();
		List<String> expected = TestMatrix.skill(skill)
			.rows(level)
			.stream()
			.map((row) -> row.role() + " Check yourself | " + Pages.badge(row) + " | "
					+ DescriptionLines.text(row.description()))
			.toList();
		assertThat(seen).isEqualTo(expected);
	}

	@ParameterizedTest
	@MethodSource("com.skillmatrix.TestMatrix#skillSlugs")
	void everyLineOfEveryDescriptionIsAnElementOfItsOwnExactToTheCharacter(String skill) {
		List<DataFiles.Cell> cells = DataFiles.cells(skill);
		assertThat(cells).isNotEmpty();
		for (DataFiles.Level level : DataFiles.levels()) {
			Document page = Pages.get(this.mvc, "/skills/" + skill + "/levels/" + level.slug());
			List<DataFiles.Cell> rows = cells.stream().filter((cell) -> cell.level().equals(level.name())).toList();
			assertThat(page.select("table.table--roles td.description")).as(level.slug()).hasSameSizeAs(rows);
			for (DataFiles.Cell cell : rows) {
				Element row = page.getElementById(Slugs.of(cell.role()));
				assertThat(row).as(cell.role() + " at " + level.slug()).isNotNull();
				DescriptionLines.assertShows(row.selectFirst("td.description"), cell.description());
			}
		}
	}

	@ParameterizedTest
	@MethodSource("com.skillmatrix.TestMatrix#skillLevels")
	void captionCountsTheLevelsRequiredAndOptionalRows(String skill, String level) {
		Document page = Pages.get(this.mvc, "/skills/" + skill + "/levels/" + level);
		List<Matrix.Cell> rows = TestMatrix.skill(skill).rows(level);
		if (rows.isEmpty()) {
			assertThat(page.select("table.table--roles")).as("a level where no role is expected").isEmpty();
			assertThat(page.select("main p").eachText()).contains("No role is expected to know this skill at this level.");
			return;
		}
		long required = rows.stream().filter(Matrix.Cell::required).count();
		assertThat(page.selectFirst("table.table--roles caption").text())
			.isEqualTo(TestMatrix.level(level).name() + ": " + rows.size() + " roles, " + required + " required, "
					+ (rows.size() - required) + " optional");
		assertThat(page.select("table.table--roles thead th").eachText()).containsExactly("Role", "Required",
				"Description");
	}

	@Test
	void requiredRowsSayRequiredInABadge() {
		// A skill may be required, or optional, for every role at every level: the first with a level of both kinds.
		TestMatrix.Skill skill = Stream.concat(Stream.of(SKILL), TestMatrix.skills().stream())
			.filter((candidate) -> levelWithBothKinds(candidate).isPresent())
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no skill has a level with both kinds of rows"));
		Matrix.Level level = levelWithBothKinds(skill).orElseThrow();
		List<Matrix.Cell> rows = skill.rows(level.slug());
		long required = rows.stream().filter(Matrix.Cell::required).count();
		Document page = Pages.get(this.mvc, skill.path() + "/levels/" + level.slug());
		assertThat(page.select("tbody .badge--required").eachText()).hasSize((int) required).containsOnly("Required");
		assertThat(page.select("tbody .badge--optional").eachText()).hasSize((int) (rows.size() - required))
			.containsOnly("Optional");
	}

	@Test
	void pickerMarksTheCurrentLevel() {
		Matrix.Level level = TestMatrix.previous(TestMatrix.last());
		Document page = Pages.get(this.mvc, SKILL.path() + "/levels/" + level.slug());
		Element current = page.selectFirst("form.picker input[aria-current=step]");
		assertThat(current.attr("value")).isEqualTo(level.slug());
		assertThat(current.hasAttr("checked")).isTrue();
		assertThat(page.select("form.picker [aria-current]")).hasSize(1);
		assertThat(page.select("form.picker .stepper__step--current").text()).isEqualTo(level.name() + " current level");
	}

	@Test
	void linksToWhatToCoverToAdvanceAndToTheLevelsAround() {
		Matrix.Level previous = TestMatrix.first();
		Matrix.Level level = TestMatrix.next(previous);
		Matrix.Level next = TestMatrix.next(level);
		Document page = Pages.get(this.mvc, SKILL.path() + "/levels/" + level.slug());
		Element advance = page.selectFirst("a[href^=" + SKILL.path() + "/advance]");
		assertThat(advance.text()).isEqualTo("What to cover to advance to " + next.name());
		assertThat(advance.attr("href")).isEqualTo(SKILL.path() + "/advance?from=" + level.slug());
		assertThat(page.select("nav.pager a").eachText()).containsExactly("Previous level: " + previous.name(),
				"Next level: " + next.name());
		assertThat(page.select("nav.pager a").eachAttr("href")).containsExactly(
				SKILL.path() + "/levels/" + previous.slug(), SKILL.path() + "/levels/" + next.slug());
	}

	@Test
	void topLevelHasNoLevelToAdvanceTo() {
		Document page = Pages.get(this.mvc, SKILL.path() + "/levels/" + TestMatrix.last().slug());
		assertThat(page.select("a[href*=/advance]")).isEmpty();
		assertThat(page.select(".next-step").text())
			.isEqualTo(TestMatrix.last().name() + " is the top level of this skill.");
		assertThat(page.select("nav.pager a").eachText())
			.containsExactly("Previous level: " + TestMatrix.previous(TestMatrix.last()).name());
	}

	@Test
	void lowestLevelHasNoPreviousLevel() {
		Document page = Pages.get(this.mvc, SKILL.path() + "/levels/" + TestMatrix.first().slug());
		assertThat(page.select("nav.pager a").eachText())
			.containsExactly("Next level: " + TestMatrix.next(TestMatrix.first()).name());
	}

	@Test
	void eachLevelPageHasItsOwnTitleAndCanonicalLink() {
		List<String> titles = TestMatrix.levelSlugs()
			.stream()
			.map((level) -> Pages.get(this.mvc, SKILL.path() + "/levels/" + level))
			.map((page) -> page.title() + " " + page.select("link[rel=canonical]").attr("href"))
			.toList();
		Matrix.Level level = TestMatrix.middle();
		assertThat(titles).doesNotHaveDuplicates()
			.contains(level.name() + ": " + SKILL.name() + " – Skill Matrix http://localhost" + SKILL.path()
					+ "/levels/" + level.slug());
		List<Matrix.Cell> rows = SKILL.rows(level.slug());
		Document page = Pages.get(this.mvc, SKILL.path() + "/levels/" + level.slug());
		assertThat(page.select("meta[name=description]").attr("content"))
			.isEqualTo("What each role is expected to know of " + SKILL.name() + " at " + level.name() + " level: "
					+ rows.size() + " roles, " + rows.stream().filter(Matrix.Cell::required).count()
					+ " of them required.");
		assertThat(page.selectFirst("h1").text()).isEqualTo(SKILL.name() + ": " + level.name());
	}

	@Test
	void seedSeniorHasTwelveRequiredAndSevenOptionalRows() {
		TestMatrix.assumeSeed();
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/levels/senior");
		assertThat(page.select("tbody .badge--required").eachText()).hasSize(12).containsOnly("Required");
		assertThat(page.select("tbody .badge--optional").eachText()).hasSize(7).containsOnly("Optional");
		assertThat(page.select("meta[name=description]").attr("content")).isEqualTo(
				"What each role is expected to know of Secrets Management at Senior level: 19 roles, 12 of them required.");
	}

	/** A level of the skill with both required and optional rows, the one with the most required rows. */
	private static Optional<Matrix.Level> levelWithBothKinds(TestMatrix.Skill skill) {
		return TestMatrix.levels()
			.stream()
			.filter((level) -> skill.rows(level.slug()).stream().anyMatch(Matrix.Cell::required)
					&& skill.rows(level.slug()).stream().anyMatch((cell) -> !cell.required()))
			.max(Comparator.comparingLong((Matrix.Level level) -> skill.rows(level.slug())
				.stream()
				.filter(Matrix.Cell::required)
				.count()).thenComparing((level) -> -TestMatrix.levels().indexOf(level)));
	}

}

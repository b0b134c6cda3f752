package com.skillmatrix.skill;

import java.util.List;
import java.util.stream.Stream;

import com.skillmatrix.DataFiles;
import com.skillmatrix.Pages;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.WebTest;
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
class SkillPageTests {

	private static final TestMatrix.Skill SKILL = TestMatrix.skill();

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@MethodSource("com.skillmatrix.TestMatrix#skillSlugs")
	void showsBreadcrumbNameAndSummary(String slug) {
		TestMatrix.Skill skill = TestMatrix.skill(slug);
		Document page = Pages.get(this.mvc, skill.path());
		assertThat(page.select("nav[aria-label=Breadcrumb] li").eachText())
			.isEqualTo(DataFiles.showsCategory(skill.data().domain(), skill.data().category())
					? List.of("Catalogue", skill.data().domain(), skill.data().category())
					: List.of("Catalogue", skill.data().domain()));
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.selectFirst("h1").text()).isEqualTo(skill.name());
		assertThat(page.select("main .lede").eachText()).as("an empty summary is left out")
			.isEqualTo(skill.data().summary().isBlank() ? List.of() : List.of(skill.data().summary()));
		assertThat(page.selectFirst(".updated").text())
			.isEqualTo("Last updated " + Pages.date(skill.data().lastUpdated()) + " Change log");
		assertThat(page.select(".updated a").attr("href")).isEqualTo(skill.path() + "/changes");
	}

	@ParameterizedTest
	@MethodSource("com.skillmatrix.TestMatrix#skillSlugs")
	void showsTheFourFiguresWithTheirCaptions(String slug) {
		TestMatrix.Skill skill = TestMatrix.skill(slug);
		assertThat(Pages.get(this.mvc, skill.path()).select(".figure").eachText()).containsExactly(
				skill.roles().size() + " Roles where this skill appears",
				skill.levelsWithCells() + " Levels structured growth path",
				skill.required() + " Mandatory requirements the other " + skill.optional() + " optional");
	}

	@Test
	void seedFiguresAreThoseOfTheExport() {
		TestMatrix.assumeSeed();
		Document page = Pages.get(this.mvc, "/skills/vault-secrets");
		assertThat(page.select(".figure").eachText()).containsExactly("19 Roles where this skill appears",
				"5 Levels structured growth path", "42 Mandatory requirements the other 49 optional");
		assertThat(page.select("meta[name=description]").attr("content")).isEqualTo(
				"Secrets Management: what each of 19 roles is expected to know at each of 5 levels, 42 of it mandatory.");
	}

	@Test
	void pickerOffersTheLevelsInOrderAsAPlainForm() {
		Document page = Pages.get(this.mvc, SKILL.path());
		Element form = page.selectFirst("form.picker");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo(SKILL.path());
		assertThat(form.select("legend").text()).isEqualTo("Choose your current level");
		assertThat(form.select(".picker__intro").text()).isEqualTo("Choose your current level and compare "
				+ "expectations. The items below show what to cover to advance to the next level.");
		assertThat(form.select("input[name=level]").eachAttr("value")).isEqualTo(TestMatrix.levelSlugs());
		assertThat(form.select("label").eachText()).isEqualTo(TestMatrix.levelNames());
		assertThat(form.select("[aria-current]")).isEmpty();
		assertThat(form.select("button[type=submit]")).hasSize(1);
	}

	@ParameterizedTest
	@MethodSource("com.skillmatrix.TestMatrix#skillSlugs")
	void overviewHasARowPerRoleAndAColumnPerLevel(String slug) {
		TestMatrix.Skill skill = TestMatrix.skill(slug);
		Element table = Pages.get(this.mvc, skill.path()).selectFirst("table.table--overview");
		assertThat(table.selectFirst("caption").text()).isEqualTo("The table shows how skill depth grows from "
				+ TestMatrix.first().name() + " to " + TestMatrix.last().name() + ".");
		assertThat(table.select("thead th[scope=col]").eachText())
			.isEqualTo(Stream.concat(Stream.of("Role"), TestMatrix.levelNames().stream()).toList());
		assertThat(table.select("tbody tr")).hasSize(skill.roles().size());
		assertThat(table.select("tbody th[scope=row]").eachText()).isEqualTo(skill.roles());
		for (Element row : table.select("tbody tr")) {
			String role = row.selectFirst("th").text();
			assertThat(row.select("td").eachText()).as(role)
				.isEqualTo(skill.cellsOf(role).stream().map(Pages::badge).toList());
		}
	}

	@Test
	void overviewSaysNotExpectedWhereARoleHasNoCell() {
		List<String> expected = SKILL.roles()
			.stream()
			.flatMap((role) -> TestMatrix.levels()
				.stream()
				.filter((level) -> SKILL.cell(role, level.slug()) == null)
				.map((level) -> role + " at " + level.name()))
			.toList();
		assertThat(absentCells(SKILL)).containsExactlyInAnyOrderElementsOf(expected);
	}

	@Test
	void seedOverviewSaysNotExpectedInTheFourAbsentCells() {
		TestMatrix.assumeSeed();
		assertThat(absentCells(TestMatrix.skill(TestMatrix.SEED_SKILL))).containsExactlyInAnyOrder(
				"Engineering Manager at Junior", "Solutions Architect at Junior", "Technical Lead at Junior",
				"Solutions Architect at Middle");
	}

	@Test
	void eachRoleLeadsToItsDetails() {
		Document page = Pages.get(this.mvc, SKILL.path());
		Element row = page.select("table.table--overview tbody tr").get(0);
		assertThat(row.selectFirst("th a").attr("href"))
			.isEqualTo(SKILL.path() + "/roles/" + Slugs.of(SKILL.roles().get(0)));
		assertThat(row.attr("data-href")).isEqualTo(row.selectFirst("th a").attr("href"));
	}

	@Test
	void hasItsOwnTitleDescriptionAndPreview() {
		Document page = Pages.get(this.mvc, SKILL.path());
		assertThat(page.title()).isEqualTo(SKILL.name() + " – Skill Matrix");
		assertThat(page.select("meta[name=description]").attr("content")).isEqualTo(SKILL.name() + ": what each of "
				+ SKILL.roles().size() + " roles is expected to know at each of " + SKILL.levelsWithCells()
				+ " levels, " + SKILL.required() + " of it mandatory.");
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(SKILL.name());
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost" + SKILL.path());
		assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo("http://localhost" + SKILL.path());
	}

	@Test
	void pickerAnswersSeeOtherToTheLevelPage() {
		String level = TestMatrix.middle().slug();
		assertThat(this.mvc.get().uri(SKILL.path() + "?level=" + level)).hasStatus(303)
			.hasHeader("Location", SKILL.path() + "/levels/" + level);
	}

	@Test
	void tablesHaveCaptionsAndScopedHeaders() {
		for (String uri : List.of(SKILL.path(), SKILL.path() + "/levels/" + TestMatrix.first().slug())) {
			Document page = Pages.get(this.mvc, uri);
			assertThat(page.select("table")).isNotEmpty().allSatisfy((table) -> {
				assertThat(table.select("caption").text()).isNotBlank();
				assertThat(table.select("th")).allSatisfy((th) -> assertThat(th.attr("scope")).isIn("col", "row"));
			});
			assertThat(page.select("h1")).hasSize(1);
		}
	}

	/** The overview's cells that say "Not expected", as "role at level". */
	private List<String> absentCells(TestMatrix.Skill skill) {
		return Pages.get(this.mvc, skill.path())
			.select("table.table--overview tbody tr")
			.stream()
			.flatMap((row) -> row.select("td")
				.stream()
				.filter((cell) -> cell.text().equals("Not expected"))
				.map((cell) -> row.selectFirst("th").text() + " at "
						+ TestMatrix.levelNames().get(cell.elementSiblingIndex() - 1)))
			.toList();
	}

}

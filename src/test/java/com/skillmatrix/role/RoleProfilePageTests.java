package com.skillmatrix.role;

import java.util.List;

import com.skillmatrix.DataFiles;
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
class RoleProfilePageTests {

	private static final String ROLE = TestMatrix.skill().mainRole();

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@MethodSource("com.skillmatrix.TestMatrix#roles")
	void gridListsExactlyTheRolesCells(String role) {
		Document page = Pages.get(this.mvc, "/roles/" + Slugs.of(role));
		assertThat(page.selectFirst("h1").text()).isEqualTo(role);
		Element grid = page.selectFirst("table.table--grid");
		List<TestMatrix.Skill> skills = skillsOf(role);
		assertThat(grid.select("tbody th[scope=rowgroup]").eachText()).isEqualTo(skills.stream()
			.map((skill) -> DataFiles.place(skill.data().domain(), skill.data().category()))
			.distinct()
			.toList());
		assertThat(grid.select("tbody th[scope=row]").eachText())
			.isEqualTo(skills.stream().map((skill) -> skill.name() + " Check yourself").toList());
		List<Element> rows = grid.select("tbody tr:has(th[scope=row])");
		for (int i = 0; i < skills.size(); i++) {
			TestMatrix.Skill skill = skills.get(i);
			List<Element> cells = rows.get(i).select("td");
			List<Matrix.Cell> expected = skill.cellsOf(role);
			assertThat(cells).extracting((cell) -> Pages.visible(cell).text()).as(skill.slug())
				.isEqualTo(expected.stream().map((cell) -> (cell != null) ? Pages.badge(cell) : "—").toList());
			assertThat(cells).extracting((cell) -> {
				Element heard = cell.clone();
				heard.select("[aria-hidden=true]").remove();
				return heard.text();
			}).as("a screen reader hears every cell in words")
				.isEqualTo(expected.stream().map(Pages::badge).toList());
		}
	}

	@ParameterizedTest
	@MethodSource("com.skillmatrix.TestMatrix#roles")
	void countsPerLevelAreTheRolesCellsAndLeadToTheirPage(String role) {
		Document page = Pages.get(this.mvc, "/roles/" + Slugs.of(role));
		List<String> counts = page.select("table.table--counts tbody tr")
			.stream()
			.map((row) -> String.join(" ", row.select("th, td").eachText()))
			.toList();
		List<String> expectedCounts = TestMatrix.levels().stream().map((level) -> {
			List<Matrix.Cell> cells = cellsAt(role, level.slug());
			long required = cells.stream().filter(Matrix.Cell::required).count();
			return level.name() + " " + required + " " + (cells.size() - required) + " " + cells.size();
		}).toList();
		assertThat(counts).isEqualTo(expectedCounts);
		List<String> levelPages = TestMatrix.levelSlugs()
			.stream()
			.map((level) -> "/roles/" + Slugs.of(role) + "/levels/" + level)
			.toList();
		assertThat(page.select("table.table--counts tbody th a").eachAttr("href")).isEqualTo(levelPages);
		assertThat(page.select("#levels-heading + ul a:not(.row-link)").eachAttr("href")).isEqualTo(levelPages);
		assertThat(page.select(".description")).as("descriptions live on the level pages").isEmpty();
	}

	@Test
	void gridCellsLinkToTheirTextOnTheLevelPage() {
		TestMatrix.Skill skill = TestMatrix.skill();
		String role = skill.roleAbsentSomewhere().orElse(ROLE);
		Document page = Pages.get(this.mvc, "/roles/" + Slugs.of(role));
		List<String> expected = skillsOf(role).stream()
			.flatMap((each) -> TestMatrix.levelSlugs()
				.stream()
				.filter((level) -> each.cell(role, level) != null)
				.map((level) -> "/roles/" + Slugs.of(role) + "/levels/" + level + "#" + each.slug()))
			.toList();
		assertThat(page.select("table.table--grid td a").eachAttr("href")).isEqualTo(expected);
		assertThat(page.select("table.table--grid tbody th[scope=row] a:not(.self-check-link)").eachAttr("href"))
			.isEqualTo(skillsOf(role).stream().map((each) -> each.path() + "/roles/" + Slugs.of(role)).toList());
	}

	@Test
	void seedGridCellsOfAnEngineeringManagerStartAtMiddle() {
		TestMatrix.assumeSeed();
		Document page = Pages.get(this.mvc, "/roles/engineering-manager");
		assertThat(page.select("table.table--grid td a").eachAttr("href")).containsExactly(
				"/roles/engineering-manager/levels/middle#vault-secrets",
				"/roles/engineering-manager/levels/senior#vault-secrets",
				"/roles/engineering-manager/levels/lead#vault-secrets",
				"/roles/engineering-manager/levels/principal#vault-secrets");
	}

	@Test
	void isALinkThatPreviewsWell() {
		String profile = "/roles/" + Slugs.of(ROLE);
		Document page = Pages.get(this.mvc, profile);
		assertThat(page.title()).isEqualTo(ROLE + ": role profile – Skill Matrix");
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(ROLE + ": role profile");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost" + profile);
		assertThat(page.select(".site-footer__print-url").text()).isEqualTo("Printed from http://localhost" + profile);
	}

	@Test
	void introNamesTheFirstAndTheTopLevelOfTheData() {
		assertThat(Pages.get(this.mvc, "/roles/" + Slugs.of(ROLE)).selectFirst("main .lede").text())
			.isEqualTo("Role profile: what the role " + ROLE + " is expected to know in every skill, from "
					+ TestMatrix.first().name() + " to " + TestMatrix.last().name() + ".");
	}

	@Test
	void unknownRoleShowsNotFoundPage() {
		Document page = Pages.get(this.mvc, "/roles/" + TestMatrix.absentSlug("no-such-role"), 404);
		assertThat(page.selectFirst("main .lede").text()).isEqualTo("There is no role called “" + TestMatrix.absentSlug("no-such-role") + "”.");
		Pages.get(this.mvc, "/roles/" + Pages.capitalised(Slugs.of(ROLE)), 404);
	}

	/** The skills that name a role, in the profile's order: by domain, category and name. */
	static List<TestMatrix.Skill> skillsOf(String role) {
		return TestMatrix.skillsInPlaceOf(role);
	}


	/** The role's cells at one level across every skill, in the profile's order. */
	static List<Matrix.Cell> cellsAt(String role, String level) {
		return skillsOf(role).stream().map((skill) -> skill.cell(role, level)).filter((cell) -> cell != null).toList();
	}

}

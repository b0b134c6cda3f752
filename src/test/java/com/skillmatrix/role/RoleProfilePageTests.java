package com.skillmatrix.role;

import java.util.List;

import com.skillmatrix.Pages;
import com.skillmatrix.Seed;
import com.skillmatrix.WebTest;
import com.skillmatrix.data.Matrix;
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

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@MethodSource("com.skillmatrix.Seed#roles")
	void gridListsExactlyTheRolesCells(String role) {
		Document page = Pages.get(this.mvc, "/roles/" + Slugs.of(role));
		assertThat(page.selectFirst("h1").text()).isEqualTo(role);
		Element grid = page.selectFirst("table.table--grid");
		assertThat(grid.select("tbody th[scope=rowgroup]").eachText()).containsExactly("Security › Infrastructure Security");
		assertThat(grid.select("tbody th[scope=row]").eachText()).containsExactly("Secrets Management");
		List<String> expected = Seed.LEVELS.stream().map((level) -> Seed.row(role, level)).map((row) -> {
			if (row == null) {
				return "Not expected";
			}
			return row.required() ? "Required" : "Optional";
		}).toList();
		List<Element> cells = grid.select("tbody tr:has(th[scope=row]) td");
		assertThat(cells).extracting((cell) -> Pages.visible(cell).text()).isEqualTo(expected);
		assertThat(cells.get(4).select("a .visually-hidden").text()).as("the link says what it leads to")
			.isEqualTo("Secrets Management, Principal:");
	}

	@ParameterizedTest
	@MethodSource("com.skillmatrix.Seed#roles")
	void countsAndDescriptionsPerLevelAreTheRolesCells(String role) {
		Document page = Pages.get(this.mvc, "/roles/" + Slugs.of(role));
		List<String> counts = page.select("table.table--counts tbody tr")
			.stream()
			.map((row) -> String.join(" ", row.select("th, td").eachText()))
			.toList();
		List<String> expectedCounts = Seed.LEVELS.stream().map((level) -> {
			Matrix.Cell row = Seed.row(role, level);
			int mandatory = (row != null && row.required()) ? 1 : 0;
			int optional = (row != null && !row.required()) ? 1 : 0;
			return Seed.LEVEL_NAMES.get(Seed.LEVELS.indexOf(level)) + " " + mandatory + " " + optional + " "
					+ (mandatory + optional);
		}).toList();
		assertThat(counts).isEqualTo(expectedCounts);
		for (String level : Seed.LEVELS) {
			Matrix.Cell row = Seed.row(role, level);
			Element section = page.getElementById("level-" + level);
			List<String> descriptions = section.select(".description").stream().map(Element::wholeText).toList();
			assertThat(descriptions).as(level).isEqualTo((row != null) ? List.of(row.description()) : List.of());
		}
	}

	@Test
	void gridCellsLinkToTheRoleDetailsAtThatLevel() {
		Document page = Pages.get(this.mvc, "/roles/engineering-manager");
		assertThat(page.select("table.table--grid td a").eachAttr("href")).containsExactly(
				"/skills/vault-secrets/roles/engineering-manager#middle",
				"/skills/vault-secrets/roles/engineering-manager#senior",
				"/skills/vault-secrets/roles/engineering-manager#lead",
				"/skills/vault-secrets/roles/engineering-manager#principal");
	}

	@Test
	void isALinkThatPreviewsWell() {
		Document page = Pages.get(this.mvc, "/roles/devops-engineer");
		assertThat(page.title()).isEqualTo("DevOps Engineer: role profile – Skill Matrix");
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("DevOps Engineer: role profile");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost/roles/devops-engineer");
		assertThat(page.select(".site-footer__print-url").text())
			.isEqualTo("Printed from http://localhost/roles/devops-engineer");
	}

	@Test
	void introNamesTheFirstAndTheTopLevelOfTheData() {
		assertThat(Pages.get(this.mvc, "/roles/devops-engineer").selectFirst("main .lede").text()).isEqualTo(
				"Role profile: what a DevOps Engineer is expected to know in every skill, from Junior to Principal.");
	}

	@Test
	void unknownRoleShowsNotFoundPage() {
		Document page = Pages.get(this.mvc, "/roles/astronaut", 404);
		assertThat(page.selectFirst("main .lede").text()).isEqualTo("There is no role called “astronaut”.");
		Pages.get(this.mvc, "/roles/DevOps-Engineer", 404);
	}

}

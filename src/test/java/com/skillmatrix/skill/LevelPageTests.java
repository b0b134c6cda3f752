package com.skillmatrix.skill;

import java.util.List;

import com.skillmatrix.Pages;
import com.skillmatrix.Seed;
import com.skillmatrix.WebTest;
import com.skillmatrix.data.Matrix;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class LevelPageTests {

	static final List<String> LEVELS = Seed.LEVELS;

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@FieldSource("LEVELS")
	void listsExactlyTheLevelsRolesWithTheirDescriptionsAndBadges(String level) {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/levels/" + level);
		List<String> seen = page.select("table.table--roles tbody tr")
			.stream()
			.map((row) -> row.select("th, td").eachText())
			.map((cells) -> String.join(" | ", cells))
			.toList();
		List<String> expected = Seed.rows(level)
			.stream()
			.map((row) -> row.role() + " | " + (row.required() ? "Required" : "Optional") + " | " + row.description())
			.toList();
		assertThat(seen).isEqualTo(expected);
	}

	@ParameterizedTest
	@FieldSource("LEVELS")
	void descriptionsAreExactToTheCharacter(String level) {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/levels/" + level);
		List<String> descriptions = page.select("table.table--roles td.description")
			.stream()
			.map(Element::wholeText)
			.toList();
		assertThat(descriptions).isEqualTo(Seed.rows(level).stream().map(Matrix.Cell::description).toList());
	}

	@ParameterizedTest
	@FieldSource("LEVELS")
	void captionCountsTheLevelsRequiredAndOptionalRows(String level) {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/levels/" + level);
		List<Matrix.Cell> rows = Seed.rows(level);
		long required = rows.stream().filter(Matrix.Cell::required).count();
		String name = Seed.LEVEL_NAMES.get(LEVELS.indexOf(level));
		assertThat(page.selectFirst("table.table--roles caption").text()).isEqualTo(name + ": " + rows.size()
				+ " roles, " + required + " required, " + (rows.size() - required) + " optional");
		assertThat(page.select("table.table--roles thead th").eachText()).containsExactly("Role", "Required",
				"Description");
	}

	@Test
	void requiredRowsSayRequiredInABadge() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/levels/senior");
		assertThat(page.select("tbody .badge--required").eachText()).hasSize(12).containsOnly("Required");
		assertThat(page.select("tbody .badge--optional").eachText()).hasSize(7).containsOnly("Optional");
	}

	@Test
	void pickerMarksTheCurrentLevel() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/levels/lead");
		Element current = page.selectFirst("form.picker input[aria-current=step]");
		assertThat(current.attr("value")).isEqualTo("lead");
		assertThat(current.hasAttr("checked")).isTrue();
		assertThat(page.select("form.picker [aria-current]")).hasSize(1);
		assertThat(page.select("form.picker .stepper__step--current").text()).isEqualTo("Lead current level");
	}

	@Test
	void linksToWhatToCoverToAdvanceAndToTheLevelsAround() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/levels/middle");
		Element advance = page.selectFirst("a[href^=/skills/vault-secrets/advance]");
		assertThat(advance.text()).isEqualTo("What to cover to advance to Senior");
		assertThat(advance.attr("href")).isEqualTo("/skills/vault-secrets/advance?from=middle");
		assertThat(page.select("nav.pager a").eachText()).containsExactly("Previous level: Junior",
				"Next level: Senior");
		assertThat(page.select("nav.pager a").eachAttr("href")).containsExactly("/skills/vault-secrets/levels/junior",
				"/skills/vault-secrets/levels/senior");
	}

	@Test
	void principalHasNoLevelToAdvanceTo() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/levels/principal");
		assertThat(page.select("a[href*=/advance]")).isEmpty();
		assertThat(page.select(".next-step").text()).isEqualTo("Principal is the top level of this skill.");
		assertThat(page.select("nav.pager a").eachText()).containsExactly("Previous level: Lead");
	}

	@Test
	void juniorHasNoPreviousLevel() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/levels/junior");
		assertThat(page.select("nav.pager a").eachText()).containsExactly("Next level: Middle");
	}

	@Test
	void eachLevelPageHasItsOwnTitleAndCanonicalLink() {
		List<String> titles = LEVELS.stream()
			.map((level) -> Pages.get(this.mvc, "/skills/vault-secrets/levels/" + level))
			.map((page) -> page.title() + " " + page.select("link[rel=canonical]").attr("href"))
			.toList();
		assertThat(titles).doesNotHaveDuplicates()
			.contains("Senior: Secrets Management – Skill Matrix http://localhost/skills/vault-secrets/levels/senior");
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/levels/senior");
		assertThat(page.select("meta[name=description]").attr("content")).isEqualTo(
				"What each role is expected to know of Secrets Management at Senior level: 19 roles, 12 of them mandatory.");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Secrets Management: Senior");
	}

}

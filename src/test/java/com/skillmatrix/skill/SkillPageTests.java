package com.skillmatrix.skill;

import java.util.List;

import com.skillmatrix.Pages;
import com.skillmatrix.Seed;
import com.skillmatrix.WebTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class SkillPageTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void showsBreadcrumbNameAndSummary() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets");
		assertThat(page.select("nav[aria-label=Breadcrumb] li").eachText())
			.containsExactly("Catalogue", "Security", "Infrastructure Security");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Secrets Management");
		assertThat(page.selectFirst(".lede").text())
			.isEqualTo("HashiCorp Vault, AWS Secrets Manager, sealed secrets, rotation");
		assertThat(page.selectFirst(".updated").text()).isEqualTo("Last updated 17 March 2026 Change log");
	}

	@Test
	void showsTheFourFiguresWithTheirCaptions() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets");
		assertThat(page.select(".figure").eachText()).containsExactly("19 Roles where this skill appears",
				"5 Levels structured growth path", "42 Mandatory requirements the other 49 optional");
	}

	@Test
	void pickerOffersTheFiveLevelsInOrderAsAPlainForm() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets");
		Element form = page.selectFirst("form.picker");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo("/skills/vault-secrets");
		assertThat(form.select("legend").text()).isEqualTo("Choose your current level");
		assertThat(form.select(".picker__intro").text()).isEqualTo("Choose your current level and compare "
				+ "expectations. The items below show what to cover to advance to the next level.");
		assertThat(form.select("input[name=level]").eachAttr("value")).isEqualTo(Seed.LEVELS);
		assertThat(form.select("label").eachText()).isEqualTo(Seed.LEVEL_NAMES);
		assertThat(form.select("[aria-current]")).isEmpty();
		assertThat(form.select("button[type=submit]")).hasSize(1);
	}

	@Test
	void overviewHasARowPerRoleAndAColumnPerLevel() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets");
		Element table = page.selectFirst("table.table--overview");
		assertThat(table.selectFirst("caption").text())
			.isEqualTo("The table shows how skill depth grows from Junior to Principal.");
		assertThat(table.select("thead th[scope=col]").eachText()).containsExactly("Role", "Junior", "Middle", "Senior",
				"Lead", "Principal");
		assertThat(table.select("tbody tr")).hasSize(19);
		assertThat(table.select("tbody th[scope=row]").eachText()).isEqualTo(Seed.roles());
		for (Element row : table.select("tbody tr")) {
			String role = row.selectFirst("th").text();
			List<String> expected = Seed.LEVELS.stream().map((level) -> Seed.row(role, level)).map((cell) -> {
				if (cell == null) {
					return "Not expected";
				}
				return cell.required() ? "Required" : "Optional";
			}).toList();
			assertThat(row.select("td").eachText()).as(role).isEqualTo(expected);
		}
	}

	@Test
	void overviewSaysNotExpectedInTheFourAbsentCells() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets");
		List<String> absent = page.select("table.table--overview tbody tr")
			.stream()
			.flatMap((row) -> row.select("td").stream()
				.filter((cell) -> cell.text().equals("Not expected"))
				.map((cell) -> row.selectFirst("th").text() + " at " + Seed.LEVEL_NAMES.get(cell.elementSiblingIndex() - 1)))
			.toList();
		assertThat(absent).containsExactlyInAnyOrder("Engineering Manager at Junior", "Solutions Architect at Junior",
				"Technical Lead at Junior", "Solutions Architect at Middle");
	}

	@Test
	void eachRoleLeadsToItsDetails() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets");
		Element row = page.select("table.table--overview tbody tr").get(0);
		assertThat(row.selectFirst("th a").attr("href"))
			.isEqualTo("/skills/vault-secrets/roles/application-security-engineer");
		assertThat(row.attr("data-href")).isEqualTo(row.selectFirst("th a").attr("href"));
	}

	@Test
	void hasItsOwnTitleDescriptionAndPreview() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets");
		assertThat(page.title()).isEqualTo("Secrets Management – Skill Matrix");
		assertThat(page.select("meta[name=description]").attr("content")).isEqualTo(
				"Secrets Management: what each of 19 roles is expected to know at each of 5 levels, 42 of it mandatory.");
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Secrets Management");
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost/skills/vault-secrets");
		assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo("http://localhost/skills/vault-secrets");
	}

	@Test
	void pickerAnswersSeeOtherToTheLevelPage() {
		assertThat(this.mvc.get().uri("/skills/vault-secrets?level=senior")).hasStatus(303)
			.hasHeader("Location", "/skills/vault-secrets/levels/senior");
	}

	@Test
	void tablesHaveCaptionsAndScopedHeaders() {
		for (String uri : List.of("/skills/vault-secrets", "/skills/vault-secrets/levels/junior")) {
			Document page = Pages.get(this.mvc, uri);
			assertThat(page.select("table")).isNotEmpty().allSatisfy((table) -> {
				assertThat(table.select("caption").text()).isNotBlank();
				assertThat(table.select("th")).allSatisfy((th) -> assertThat(th.attr("scope")).isIn("col", "row"));
			});
			assertThat(page.select("h1")).hasSize(1);
		}
	}

}

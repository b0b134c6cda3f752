package com.skillmatrix.catalogue;

import com.skillmatrix.Pages;
import com.skillmatrix.WebTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class CataloguePageTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void showsSkillUnderItsDomainAndCategory() {
		Document page = Pages.get(this.mvc, "/");
		Element domain = page.selectFirst("section#domain-security");
		assertThat(domain.selectFirst("h2").text()).isEqualTo("Security");
		assertThat(domain.selectFirst("h3").text()).isEqualTo("Infrastructure Security");
		Element skill = domain.selectFirst("tbody tr th[scope=row]");
		assertThat(skill.selectFirst("a").text()).isEqualTo("Secrets Management");
		assertThat(skill.selectFirst("a").attr("href")).isEqualTo("/skills/vault-secrets");
		assertThat(skill.selectFirst(".skill-summary").text())
			.isEqualTo("HashiCorp Vault, AWS Secrets Manager, sealed secrets, rotation");
	}

	@Test
	void showsSkillFiguresUnderTheirHeadings() {
		Document page = Pages.get(this.mvc, "/");
		Element table = page.selectFirst("section#domain-security table");
		assertThat(table.select("thead th").eachText())
			.containsExactly("Skill", "Roles", "Levels", "Mandatory", "Optional", "Last updated");
		assertThat(table.select("tbody tr td").eachText()).containsExactly("19", "5", "42", "49", "17 March 2026");
		assertThat(table.selectFirst("time").attr("datetime")).isEqualTo("2026-03-17");
	}

	@Test
	void listsTheNineteenRolesWithTheirProfileLinks() {
		Document page = Pages.get(this.mvc, "/");
		assertThat(page.select("#roles li a").eachText()).hasSize(19)
			.startsWith("Application Security Engineer", "Backend Developer (C#/.NET)")
			.contains("Site Reliability Engineer (SRE)")
			.endsWith("Technical Lead");
		assertThat(page.select("#roles li a").eachAttr("href")).contains("/roles/site-reliability-engineer",
				"/roles/backend-developer-csharp-dotnet");
		assertThat(page.select("#roles .role-list__count").eachText()).containsOnly("1 skill");
	}

	@Test
	void usesTheSiteLayout() {
		Document page = Pages.get(this.mvc, "/");
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.title()).isEqualTo("Skill catalogue – Skill Matrix");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("main")).hasSize(1);
		assertThat(page.selectFirst("body a").attr("href")).isEqualTo("#main-content");
		assertThat(page.selectFirst("main").id()).isEqualTo("main-content");
		assertThat(page.select("header nav[aria-label] a[aria-current=page]").text()).isEqualTo("Catalogue");
		assertThat(page.select("footer")).hasSize(1);
		assertThat(page.select("link[rel=stylesheet]").attr("href")).startsWith("/css/");
		assertThat(page.select("meta[name=description]").attr("content")).isNotBlank();
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost/");
	}

	@Test
	void introNamesTheFirstAndTheTopLevelOfTheData() {
		assertThat(Pages.get(this.mvc, "/").selectFirst("main .lede").text()).isEqualTo(
				"Choose a skill to see what every role is expected to know at each level, from Junior to Principal.");
	}

	@Test
	void tablesHaveCaptionsAndScopedHeaders() {
		Document page = Pages.get(this.mvc, "/");
		assertThat(page.select("table")).isNotEmpty().allSatisfy((table) -> {
			assertThat(table.select("caption").text()).isNotBlank();
			assertThat(table.select("th")).allSatisfy((th) -> assertThat(th.attr("scope")).isIn("col", "row"));
		});
	}

}

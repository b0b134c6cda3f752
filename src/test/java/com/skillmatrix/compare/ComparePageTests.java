package com.skillmatrix.compare;

import java.util.List;

import com.skillmatrix.Pages;
import com.skillmatrix.Seed;
import com.skillmatrix.WebTest;
import com.skillmatrix.imports.ExportRow;
import com.skillmatrix.matrix.Slugs;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class ComparePageTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void comparesTwoRoles() {
		assertComparison(List.of("Engineering Manager", "Solutions Architect"));
	}

	@Test
	void comparesThreeRoles() {
		assertComparison(List.of("DevOps Engineer", "Cloud Engineer", "Technical Lead"));
	}

	@Test
	void comparesSixRoles() {
		assertComparison(List.of("Application Security Engineer", "Backend Developer (C#/.NET)",
				"Site Reliability Engineer (SRE)", "Security Analyst", "Solutions Architect", "Release Engineer"));
	}

	@Test
	void oneLevelOnly() {
		Document page = Pages.get(this.mvc, uri(List.of("DevOps Engineer", "Cloud Engineer")) + "&level=senior");
		assertThat(page.select("table.table--compare tbody th[scope=row]").eachText()).containsExactly("Senior");
		assertThat(page.select("nav.level-links a[aria-current]").text()).isEqualTo("Senior");
		assertThat(page.select("form.filter input[name=level]").attr("value")).isEqualTo("senior");
	}

	@Test
	void pickerRoundTripsTheChoice() {
		List<String> roles = List.of("Technical Lead", "DevOps Engineer", "Cloud Engineer");
		Document page = Pages.get(this.mvc, uri(roles));
		Element form = page.selectFirst("form.filter");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo("/skills/vault-secrets/compare");
		assertThat(form.select("input[type=checkbox][name=roles]")).hasSize(19);
		assertThat(form.select("input[type=checkbox][name=roles][checked]").eachAttr("value"))
			.containsExactlyInAnyOrder("technical-lead", "devops-engineer", "cloud-engineer");
		String submitted = "/skills/vault-secrets/compare?" + String.join("&",
				form.select("input[name=roles][checked]").eachAttr("value").stream().map((v) -> "roles=" + v).toList());
		Document again = Pages.get(this.mvc, submitted);
		assertThat(again.select("table.table--compare thead th[scope=col] a").eachText())
			.containsExactlyInAnyOrderElementsOf(roles);
	}

	@Test
	void pickerGroupsRolesByTheLevelFromWhichTheSkillIsMandatory() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/compare");
		assertThat(page.select("form.filter fieldset.checkboxes legend").eachText())
			.containsExactly("Mandatory from Junior", "Mandatory from Senior", "Optional at every level");
		assertThat(page.select("form.filter fieldset.checkboxes").get(0).select("label").eachText())
			.containsExactly("Application Security Engineer", "DevSecOps Engineer", "Security Analyst");
		assertThat(page.select("form.filter fieldset.checkboxes").get(2).select("label").eachText()).hasSize(7)
			.contains("Release Engineer");
	}

	@Test
	void withoutAChoiceThePageOffersThePicker() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/compare");
		assertThat(page.select("table")).isEmpty();
		assertThat(page.select(".error-summary")).isEmpty();
		assertThat(page.select("form.filter input[checked]")).isEmpty();
		assertThat(page.title()).isEqualTo("Compare roles in Secrets Management – Skill Matrix");
	}

	@Test
	void requiredOnlyHidesOptionalExpectationsAndCountsThem() {
		Document page = Pages.get(this.mvc, uri(List.of("DevOps Engineer", "Cloud Engineer", "Technical Lead"))
				+ "&required=only");
		assertThat(page.select("table.table--compare .badge").eachText()).hasSize(9).containsOnly("Required");
		assertThat(page.select("table.table--compare .hidden-cell").eachText()).hasSize(5)
			.containsOnly("Optional, hidden");
		assertThat(page.select(".hidden-note").text()).isEqualTo("5 optional expectations are hidden.");
		assertThat(page.select("a.switch").text()).isEqualTo("Show all expectations");
		assertThat(page.select("a.switch").attr("href")).isEqualTo(
				"/skills/vault-secrets/compare?roles=devops-engineer&roles=cloud-engineer&roles=technical-lead");
		assertThat(page.select("form.filter input[name=required]").attr("value")).isEqualTo("only");
	}

	@Test
	void tooFewRolesIsABadRequest() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/compare?roles=devops-engineer", 400);
		assertThat(page.select(".error-summary li").eachText())
			.containsExactly("Choose at least 2 roles to compare: this choice has 1.");
		assertThat(page.select("form.filter input[checked]").eachAttr("value")).containsExactly("devops-engineer");
	}

	@Test
	void tooManyRolesIsABadRequestThatKeepsNothingItCannotShow() {
		List<String> seven = Seed.roles().subList(0, 7);
		Document page = Pages.get(this.mvc, uri(seven), 400);
		assertThat(page.select(".error-summary li").eachText())
			.containsExactly("Choose at most 6 roles to compare: this choice has 7.");
		assertThat(page.select(".error-summary a")).isEmpty();
		assertThat(page.select("form.filter input[checked]")).hasSize(7);
	}

	@Test
	void unknownAndRepeatedRolesAreNamedAndTheValidPartIsKept() {
		Document page = Pages.get(this.mvc,
				"/skills/vault-secrets/compare?roles=devops-engineer&roles=astronaut&roles=cloud-engineer&roles=cloud-engineer",
				400);
		assertThat(page.select(".error-summary li").eachText()).containsExactly(
				"“astronaut” is not a role of Secrets Management.", "Cloud Engineer is chosen more than once.");
		assertThat(page.select(".error-summary a").attr("href"))
			.isEqualTo("/skills/vault-secrets/compare?roles=devops-engineer&roles=cloud-engineer");
		assertThat(page.select("table")).isEmpty();
	}

	@Test
	void emptyRoleIsABadRequest() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/compare?roles=&roles=devops-engineer", 400);
		assertThat(page.select(".error-summary li").eachText()).containsExactly("A role in the choice is empty.");
	}

	@Test
	void badLevelOrSwitchIsABadRequest() {
		Pages.get(this.mvc, uri(List.of("DevOps Engineer", "Cloud Engineer")) + "&level=expert", 400);
		Pages.get(this.mvc, uri(List.of("DevOps Engineer", "Cloud Engineer")) + "&required=yes", 400);
		Pages.get(this.mvc, "/skills/kubernetes/compare?roles=a&roles=b", 404);
	}

	@Test
	void overviewLevelPageAndRoleDetailsStartAComparison() {
		assertThat(Pages.get(this.mvc, "/skills/vault-secrets").select("a[href=/skills/vault-secrets/compare]").text())
			.isEqualTo("Compare roles side by side");
		assertThat(Pages.get(this.mvc, "/skills/vault-secrets/levels/lead")
			.select("a[href=/skills/vault-secrets/compare?level=lead]")
			.text()).isEqualTo("Compare roles at Lead");
		Element form = Pages.get(this.mvc, "/skills/vault-secrets/roles/devops-engineer").selectFirst("form.compare-with");
		assertThat(form.attr("action")).isEqualTo("/skills/vault-secrets/compare");
		assertThat(form.select("input[type=hidden][name=roles]").attr("value")).isEqualTo("devops-engineer");
		assertThat(form.select("select[name=roles] option")).hasSize(18);
	}

	private void assertComparison(List<String> roles) {
		Document page = Pages.get(this.mvc, uri(roles));
		Element table = page.selectFirst("table.table--compare");
		assertThat(table.select("thead th[scope=col]").eachText()).isEqualTo(
				java.util.stream.Stream.concat(java.util.stream.Stream.of("Level"), roles.stream()).toList());
		assertThat(table.select("thead th a").eachAttr("href"))
			.isEqualTo(roles.stream().map((role) -> "/skills/vault-secrets/roles/" + Slugs.of(role)).toList());
		List<Element> rows = table.select("tbody tr");
		assertThat(rows).extracting((row) -> row.selectFirst("th").text()).isEqualTo(Seed.LEVEL_NAMES);
		for (int level = 0; level < rows.size(); level++) {
			List<Element> cells = rows.get(level).select("td");
			for (int column = 0; column < roles.size(); column++) {
				ExportRow expected = Seed.row(roles.get(column), Seed.LEVELS.get(level));
				Element cell = cells.get(column);
				if (expected == null) {
					assertThat(cell.text()).isEqualTo("Not expected at this level");
				}
				else {
					assertThat(cell.select(".badge").text()).isEqualTo(expected.required() ? "Required" : "Optional");
					assertThat(cell.selectFirst(".description").wholeText()).isEqualTo(expected.description());
				}
			}
		}
	}

	private static String uri(List<String> roles) {
		return "/skills/vault-secrets/compare?"
				+ String.join("&", roles.stream().map((role) -> "roles=" + Slugs.of(role)).toList());
	}

}

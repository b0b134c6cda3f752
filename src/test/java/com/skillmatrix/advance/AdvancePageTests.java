package com.skillmatrix.advance;

import java.util.List;

import com.skillmatrix.Pages;
import com.skillmatrix.Seed;
import com.skillmatrix.WebTest;
import com.skillmatrix.data.Matrix;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class AdvancePageTests {

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "junior", "middle", "senior", "lead" })
	void showsEveryNextLevelDescriptionExactly(String from) {
		String to = Seed.LEVELS.get(Seed.LEVELS.indexOf(from) + 1);
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/advance?from=" + from);
		List<Matrix.Cell> next = Seed.rows(to);
		assertThat(page.select("table.table--advance tbody th[scope=row] a").eachText())
			.containsExactlyInAnyOrderElementsOf(next.stream().map(Matrix.Cell::role).toList());
		for (Matrix.Cell row : next) {
			Element tr = rowOf(page, row.role());
			assertThat(Pages.visible(tr.selectFirst(".step--next .description")).wholeText()).as(row.role()).isEqualTo(row.description());
			assertThat(tr.select(".step--next .badge").text()).isEqualTo(row.required() ? "Required" : "Optional");
			Matrix.Cell current = Seed.row(row.role(), from);
			if (current != null) {
				assertThat(Pages.visible(tr.selectFirst(".step--current .description")).wholeText()).isEqualTo(current.description());
			}
			else {
				assertThat(tr.select(".step--current").text()).isEqualTo("Not expected at this level");
			}
		}
	}

	@Test
	void fromMiddleToSeniorEightRolesBecomeMandatory() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/advance?from=middle");
		assertThat(page.selectFirst("h1").text()).isEqualTo("What to cover to advance from Middle to Senior");
		assertThat(page.select("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost/skills/vault-secrets/advance?from=middle");
		assertThat(rowOf(page, "DevOps Engineer").selectFirst("th a").attr("href"))
			.isEqualTo("/skills/vault-secrets/roles/devops-engineer?level=middle");
		List<String> mandatory = List.of("Cloud Engineer", "Database Engineer / DBA", "DevOps Engineer",
				"Engineering Manager", "Infrastructure Engineer", "Platform Engineer", "Site Reliability Engineer (SRE)",
				"Technical Lead");
		assertThat(page.select(".summary__list--mandatory a").eachText()).isEqualTo(mandatory);
		assertThat(page.select(".summary").text()).contains("8 roles become mandatory at Senior:",
				"1 role is new at Senior:");
		assertThat(page.select("tbody tr:has(.callout--mandatory) th a").eachText()).isEqualTo(mandatory);
		assertThat(page.select(".summary__list--new a").eachText()).containsExactly("Solutions Architect");
		assertThat(rowOf(page, "Solutions Architect").select(".callout--new").text()).isEqualTo("New at Senior");
	}

	@Test
	void addedWordsAreMarkedForEveryoneAndRemovedOnesStayAvailable() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/advance?from=junior");
		Element devops = rowOf(page, "DevOps Engineer");
		assertThat(devops.select(".step--next ins")).isNotEmpty()
			.allSatisfy((ins) -> assertThat(ins.selectFirst(".visually-hidden").text()).isEqualTo("added:"));
		assertThat(devops.select(".step--current del")).isNotEmpty()
			.allSatisfy((del) -> assertThat(del.selectFirst(".visually-hidden").text()).isEqualTo("removed:"));
		assertThat(devops.select(".step--next del")).isEmpty();
	}

	@Test
	void roleParametersNarrowThePage() {
		Document page = Pages.get(this.mvc,
				"/skills/vault-secrets/advance?from=junior&role=devops-engineer&role=technical-lead");
		assertThat(page.select("table.table--advance tbody th[scope=row] a").eachText())
			.containsExactly("DevOps Engineer", "Technical Lead");
		assertThat(page.select("form.filter input[name=role][checked]").eachAttr("value"))
			.containsExactly("devops-engineer", "technical-lead");
		assertThat(page.select("form.filter select[name=from] option[selected]").attr("value")).isEqualTo("junior");
		assertThat(page.select("main").text()).contains("Showing 2 roles of 19.");
		assertThat(rowOf(page, "Technical Lead").select(".callout--new").text()).isEqualTo("New at Middle");
	}

	@Test
	void formWorksWithoutScript() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/advance?from=lead");
		Element form = page.selectFirst("form.filter");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo("/skills/vault-secrets/advance");
		assertThat(form.select("select[name=from] option").eachAttr("value")).isEqualTo(Seed.LEVELS);
		assertThat(form.select("input[type=checkbox][name=role]")).hasSize(19);
		assertThat(form.select("label").eachText()).contains("DevOps Engineer");
		assertThat(form.select("button[type=submit]")).hasSize(1);
	}

	@Test
	void fromPrincipalSaysItIsTheTopLevel() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/advance?from=principal");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Principal is the top level");
		assertThat(page.select("main a[href=/skills/vault-secrets/levels/principal]").text())
			.isEqualTo("See what Principal expects of each role");
		assertThat(page.select("table")).isEmpty();
	}

	@Test
	void badFromOrRoleIsABadRequestThatSaysWhich() {
		assertThat(message("/skills/vault-secrets/advance")).startsWith("Choose a level for “from”");
		assertThat(message("/skills/vault-secrets/advance?from=")).startsWith("Choose a level for “from”");
		assertThat(message("/skills/vault-secrets/advance?from=guru")).startsWith("“guru” is not a level.");
		assertThat(message("/skills/vault-secrets/advance?from=junior&from=lead")).startsWith("“from” names more");
		assertThat(message("/skills/vault-secrets/advance?from=junior&role="))
			.isEqualTo("“role” is empty: name a role by its slug, such as application-security-engineer.");
		assertThat(message("/skills/vault-secrets/advance?from=junior&role=astronaut"))
			.isEqualTo("“astronaut” (in “role”) is not a role of Secrets Management.");
		assertThat(message("/skills/vault-secrets/advance?from=junior&role=devops-engineer&role=devops-engineer"))
			.isEqualTo("“devops-engineer” is given more than once in “role”.");
	}

	@Test
	void unknownSkillIsNotFound() {
		Pages.get(this.mvc, "/skills/kubernetes/advance?from=junior", 404);
	}

	private String message(String uri) {
		return Pages.get(this.mvc, uri, 400).selectFirst("main .lede").text();
	}

	private static Element rowOf(Document page, String role) {
		return page.select("table.table--advance tbody tr")
			.stream()
			.filter((tr) -> tr.selectFirst("th a").text().equals(role))
			.findFirst()
			.orElseThrow();
	}

}

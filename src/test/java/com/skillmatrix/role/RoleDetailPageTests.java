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
class RoleDetailPageTests {

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@MethodSource("com.skillmatrix.Seed#roles")
	void showsTheRolesFiveLevelsInOrder(String role) {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/roles/" + Slugs.of(role));
		assertThat(page.selectFirst("h1").text()).isEqualTo(role);
		List<Element> levels = page.select("ol.role-levels > li");
		assertThat(levels).extracting(Element::id).isEqualTo(Seed.LEVELS);
		for (int i = 0; i < Seed.LEVELS.size(); i++) {
			Element level = levels.get(i);
			Matrix.Cell row = Seed.row(role, Seed.LEVELS.get(i));
			assertThat(level.selectFirst("h2").text()).isEqualTo(Seed.LEVEL_NAMES.get(i));
			if (row == null) {
				assertThat(level.select(".not-expected").text()).isEqualTo("Not expected at this level");
				assertThat(level.select(".badge")).isEmpty();
			}
			else {
				assertThat(level.select(".badge").text()).isEqualTo(row.required() ? "Required" : "Optional");
				assertThat(level.selectFirst(".description").wholeText()).isEqualTo(row.description());
			}
		}
	}

	@Test
	void rolesWithoutJuniorOrMiddleCellsSaySo() {
		for (String role : List.of("engineering-manager", "solutions-architect", "technical-lead")) {
			Document page = Pages.get(this.mvc, "/skills/vault-secrets/roles/" + role);
			assertThat(page.select("li#junior .not-expected").text()).as(role).isEqualTo("Not expected at this level");
		}
		Document architect = Pages.get(this.mvc, "/skills/vault-secrets/roles/solutions-architect");
		assertThat(architect.select("li#middle .not-expected").text()).isEqualTo("Not expected at this level");
		assertThat(architect.select(".not-expected")).hasSize(2);
	}

	@Test
	void highlightsTheLevelTheVisitorCameFrom() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/roles/devops-engineer?level=senior");
		assertThat(page.select("li[aria-current]")).hasSize(1);
		Element highlighted = page.selectFirst("li[aria-current=true]");
		assertThat(highlighted.id()).isEqualTo("senior");
		assertThat(highlighted.select(".role-level__marker").text()).isEqualTo("Your level");
		assertThat(Pages.get(this.mvc, "/skills/vault-secrets/roles/devops-engineer").select("[aria-current=true]"))
			.isEmpty();
	}

	@Test
	void linksToTheRolesAroundAndToTheRoleProfile() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/roles/devops-engineer");
		assertThat(page.select("nav.pager a").eachText()).containsExactly("Previous role: Database Engineer / DBA",
				"Next role: DevSecOps Engineer");
		assertThat(page.select("nav.pager a").eachAttr("href")).containsExactly(
				"/skills/vault-secrets/roles/database-engineer-dba", "/skills/vault-secrets/roles/devsecops-engineer");
		assertThat(page.select("main a[href=/roles/devops-engineer]").text())
			.isEqualTo("DevOps Engineer in every skill");
		assertThat(page.title()).isEqualTo("DevOps Engineer in Secrets Management – Skill Matrix");
	}

	@Test
	void descriptionNamesTheFirstAndTheTopLevelOfTheData() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/roles/devops-engineer");
		assertThat(page.select("meta[name=description]").attr("content"))
			.isEqualTo("What a DevOps Engineer is expected to know of Secrets Management at each level, "
					+ "from Junior to Principal.");
	}

	@Test
	void firstAndLastRolesHaveOneNeighbour() {
		assertThat(Pages.get(this.mvc, "/skills/vault-secrets/roles/application-security-engineer")
			.select("nav.pager a")
			.eachText()).containsExactly("Next role: Backend Developer (C#/.NET)");
		assertThat(Pages.get(this.mvc, "/skills/vault-secrets/roles/technical-lead").select("nav.pager a").eachText())
			.containsExactly("Previous role: Solutions Architect");
	}

	@Test
	void unknownRoleShowsNotFoundPage() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/roles/astronaut", 404);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
		assertThat(page.selectFirst("main .lede").text())
			.isEqualTo("There is no role called “astronaut” in Secrets Management.");
		Pages.get(this.mvc, "/skills/kubernetes/roles/devops-engineer", 404);
	}

	@Test
	void unknownHighlightedLevelIsABadRequest() {
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/roles/devops-engineer?level=expert", 400);
		assertThat(page.selectFirst("main .lede").text()).startsWith("“expert” is not a level.");
	}

}

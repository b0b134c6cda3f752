package com.skillmatrix.role;

import java.util.List;

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
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@WebTest
class RoleDetailPageTests {

	private static final TestMatrix.Skill SKILL = TestMatrix.skill();

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@MethodSource("com.skillmatrix.TestMatrix#skillRoles")
	void showsTheRolesLevelsInOrder(String slug, String role) {
		TestMatrix.Skill skill = TestMatrix.skill(slug);
		Document page = Pages.get(this.mvc, skill.path() + "/roles/" + Slugs.of(role));
		assertThat(page.selectFirst("h1").text()).isEqualTo(role);
		List<Element> levels = page.select("ol.role-levels > li");
		assertThat(levels).extracting(Element::id).isEqualTo(TestMatrix.levelSlugs());
		for (int i = 0; i < levels.size(); i++) {
			Element level = levels.get(i);
			Matrix.Cell row = skill.cell(role, TestMatrix.levelSlugs().get(i));
			assertThat(level.selectFirst("h2").text()).isEqualTo(TestMatrix.levelNames().get(i));
			if (row == null) {
				assertThat(level.select(".not-expected").text()).isEqualTo("Not expected at this level");
				assertThat(level.select(".badge")).isEmpty();
			}
			else {
				assertThat(level.select(".badge").text()).isEqualTo(Pages.badge(row));
				DescriptionLines.assertShows(level.selectFirst(".description"),
						DataFiles.cell(slug, TestMatrix.levelSlugs().get(i), role).description());
			}
		}
	}

	@Test
	void rolesWithoutCellsAtSomeLevelsSaySo() {
		String role = SKILL.roleAbsentSomewhere().orElse(null);
		assumeTrue(role != null, SKILL.slug() + " has a cell for every role at every level");
		Document page = Pages.get(this.mvc, SKILL.path() + "/roles/" + Slugs.of(role));
		List<String> absent = TestMatrix.levelSlugs()
			.stream()
			.filter((level) -> SKILL.cell(role, level) == null)
			.toList();
		for (String level : absent) {
			assertThat(page.select("li#" + level + " .not-expected").text()).as(level)
				.isEqualTo("Not expected at this level");
		}
		assertThat(page.select(".not-expected")).hasSize(absent.size());
	}

	@Test
	void seedRolesWithoutJuniorOrMiddleCellsSaySo() {
		TestMatrix.assumeSeed();
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
		String role = SKILL.path() + "/roles/" + Slugs.of(SKILL.mainRole());
		Matrix.Level level = TestMatrix.middle();
		Document page = Pages.get(this.mvc, role + "?level=" + level.slug());
		assertThat(page.select("li[aria-current]")).hasSize(1);
		Element highlighted = page.selectFirst("li[aria-current=true]");
		assertThat(highlighted.id()).isEqualTo(level.slug());
		assertThat(highlighted.select(".role-level__marker").text()).isEqualTo("Your level");
		assertThat(Pages.get(this.mvc, role).select("main [aria-current=true]")).isEmpty();
	}

	@Test
	void linksToTheRolesAroundAndToTheRoleProfile() {
		List<String> roles = SKILL.roles();
		int index = roles.size() / 2;
		String role = roles.get(index);
		String previous = roles.get(index - 1);
		String next = roles.get(index + 1);
		Document page = Pages.get(this.mvc, SKILL.path() + "/roles/" + Slugs.of(role));
		assertThat(page.select("nav.pager a").eachText()).containsExactly("Previous role: " + previous,
				"Next role: " + next);
		assertThat(page.select("nav.pager a").eachAttr("href")).containsExactly(
				SKILL.path() + "/roles/" + Slugs.of(previous), SKILL.path() + "/roles/" + Slugs.of(next));
		assertThat(page.select("main a[href=/roles/" + Slugs.of(role) + "]").text()).isEqualTo(role + " in every skill");
		assertThat(page.title()).isEqualTo(role + " in " + SKILL.name() + " – Skill Matrix");
	}

	@Test
	void descriptionNamesTheFirstAndTheTopLevelOfTheData() {
		String role = SKILL.mainRole();
		Document page = Pages.get(this.mvc, SKILL.path() + "/roles/" + Slugs.of(role));
		assertThat(page.select("meta[name=description]").attr("content"))
			.isEqualTo("What the role " + role + " is expected to know of " + SKILL.name() + " at each level, from "
					+ TestMatrix.first().name() + " to " + TestMatrix.last().name() + ".");
	}

	@Test
	void firstAndLastRolesHaveOneNeighbour() {
		List<String> roles = SKILL.roles();
		assertThat(Pages.get(this.mvc, SKILL.path() + "/roles/" + Slugs.of(roles.get(0)))
			.select("nav.pager a")
			.eachText()).containsExactly("Next role: " + roles.get(1));
		assertThat(Pages.get(this.mvc, SKILL.path() + "/roles/" + Slugs.of(roles.get(roles.size() - 1)))
			.select("nav.pager a")
			.eachText()).containsExactly("Previous role: " + roles.get(roles.size() - 2));
	}

	@Test
	void unknownRoleShowsNotFoundPage() {
		Document page = Pages.get(this.mvc, SKILL.path() + "/roles/" + TestMatrix.absentSlug("no-such-role"), 404);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
		assertThat(page.selectFirst("main .lede").text())
			.isEqualTo("There is no role called “" + TestMatrix.absentSlug("no-such-role") + "” in " + SKILL.name() + ".");
		Pages.get(this.mvc, "/skills/" + TestMatrix.absentSlug() + "/roles/" + Slugs.of(SKILL.mainRole()), 404);
	}

	@Test
	void unknownHighlightedLevelIsABadRequest() {
		Document page = Pages.get(this.mvc,
				SKILL.path() + "/roles/" + Slugs.of(SKILL.mainRole()) + "?level=" + TestMatrix.absentSlug("no-such-level"), 400);
		assertThat(page.selectFirst("main .lede").text()).startsWith("“" + TestMatrix.absentSlug("no-such-level") + "” is not a level.");
	}

}

package com.skillmatrix.role;

import java.util.ArrayList;
import java.util.Comparator;
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

/** Everything a role is expected to know at one level, across every skill: the page HR pastes into an advert. */
@WebTest
class RoleLevelPageTests {

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@MethodSource("com.skillmatrix.TestMatrix#roles")
	void everyDescriptionOfTheRoleAppearsExactlyOnceAcrossItsLevelPages(String role) {
		List<String> shown = new ArrayList<>();
		List<String> expected = new ArrayList<>();
		for (Matrix.Level level : TestMatrix.levels()) {
			Document page = Pages.get(this.mvc, "/roles/" + Slugs.of(role) + "/levels/" + level.slug());
			page.select("article.role-level-cell")
				.forEach((cell) -> shown.add(cell.id() + "/" + level.slug() + ": "
						+ DescriptionLines.shown(cell.selectFirst(".description"))));
			RoleProfilePageTests.skillsOf(role).forEach((skill) -> {
				Matrix.Cell cell = skill.cell(role, level.slug());
				if (cell != null) {
					expected.add(skill.slug() + "/" + level.slug() + ": " + DescriptionLines.lines(cell.description()));
				}
			});
		}
		assertThat(shown).containsExactlyInAnyOrderElementsOf(expected).doesNotHaveDuplicates();
	}

	@ParameterizedTest
	@MethodSource("com.skillmatrix.TestMatrix#roles")
	void everyLineOfEveryDescriptionIsAnElementOfItsOwnExactToTheCharacter(String role) {
		List<DataFiles.Cell> cells = DataFiles.skills()
			.stream()
			.flatMap((skill) -> DataFiles.cells(skill.slug()).stream())
			.filter((cell) -> cell.role().equals(role))
			.toList();
		assertThat(cells).isNotEmpty();
		for (DataFiles.Level level : DataFiles.levels()) {
			Document page = Pages.get(this.mvc, "/roles/" + Slugs.of(role) + "/levels/" + level.slug());
			List<DataFiles.Cell> atLevel = cells.stream().filter((cell) -> cell.level().equals(level.name())).toList();
			assertThat(page.select("article.role-level-cell")).as(level.slug()).hasSameSizeAs(atLevel);
			for (DataFiles.Cell cell : atLevel) {
				Element article = page.getElementById(cell.skill());
				assertThat(article).as(cell.skill() + " at " + level.slug()).isNotNull();
				DescriptionLines.assertShows(article.selectFirst(".description"), cell.description());
			}
		}
	}

	@ParameterizedTest
	@MethodSource("com.skillmatrix.TestMatrix#roles")
	void cellsAreGroupedByDomainWithTheRequiredFirst(String role) {
		for (Matrix.Level level : TestMatrix.levels()) {
			Document page = Pages.get(this.mvc, "/roles/" + Slugs.of(role) + "/levels/" + level.slug());
			assertThat(page.selectFirst("h1").text()).isEqualTo(role + " at " + level.name());
			List<TestMatrix.Skill> skills = TestMatrix.skillsOf(role)
				.stream()
				.filter((skill) -> skill.cell(role, level.slug()) != null)
				.toList();
			List<String> domains = skills.stream()
				.map((skill) -> skill.data().domain())
				.distinct()
				.sorted(DataFiles.NAME_ORDER)
				.toList();
			assertThat(page.select("section.role-level-domain h2").eachText()).as(level.slug()).isEqualTo(domains);
			for (Element section : page.select("section.role-level-domain")) {
				String domain = section.selectFirst("h2").text();
				List<String> order = skills.stream()
					.filter((skill) -> skill.data().domain().equals(domain))
					.sorted(Comparator.comparing((TestMatrix.Skill skill) -> !skill.cell(role, level.slug()).required())
						.thenComparing((skill) -> skill.data().category(), DataFiles.NAME_ORDER)
						.thenComparing(TestMatrix.Skill::name, DataFiles.NAME_ORDER))
					.map((skill) -> skill.name() + " "
							+ (DataFiles.showsCategory(domain, skill.data().category()) ? skill.data().category() + " " : "")
							+ Pages.badge(skill.cell(role, level.slug())))
					.toList();
				assertThat(section.select("article").eachText()).as(domain)
					.zipSatisfy(order, (text, start) -> assertThat(text).startsWith(start));
			}
			long required = skills.stream().filter((skill) -> skill.cell(role, level.slug()).required()).count();
			assertThat(page.selectFirst("main .lede").text()).endsWith(required + " required, "
					+ (skills.size() - required) + " optional.");
		}
	}

	@Test
	void skillsLinkToTheRoleInThatSkillAndLevelsToEachOther() {
		String role = TestMatrix.skill().mainRole();
		Matrix.Level level = TestMatrix.middle();
		Document page = Pages.get(this.mvc, "/roles/" + Slugs.of(role) + "/levels/" + level.slug());
		assertThat(page.select("article h3 a").eachAttr("href")).allSatisfy((href) -> assertThat(href)
			.matches("/skills/[a-z0-9-]+/roles/" + Slugs.of(role) + "#" + level.slug()));
		assertThat(page.select("nav.breadcrumb a").eachAttr("href")).containsExactly("/", "/roles/" + Slugs.of(role));
		assertThat(page.select("a[rel=prev]").attr("href"))
			.isEqualTo("/roles/" + Slugs.of(role) + "/levels/" + TestMatrix.previous(level).slug());
		assertThat(page.select("a[rel=next]").attr("href"))
			.isEqualTo("/roles/" + Slugs.of(role) + "/levels/" + TestMatrix.next(level).slug());
		assertThat(page.title()).isEqualTo(role + " at " + level.name() + " – Skill Matrix");
	}

	@Test
	void anUnknownLevelIsNotFoundAndLinksToTheRealOnes() {
		String role = Slugs.of(TestMatrix.skill().mainRole());
		Document page = Pages.get(this.mvc, "/roles/" + role + "/levels/" + TestMatrix.absentSlug("no-such-level"), 404);
		assertThat(page.selectFirst("main .lede").text()).startsWith("There is no level called “" + TestMatrix.absentSlug("no-such-level") + "”");
		assertThat(page.select("main .link-list a").eachAttr("href")).isEqualTo(
				TestMatrix.levelSlugs().stream().map((level) -> "/roles/" + role + "/levels/" + level).toList());
		Pages.get(this.mvc, "/roles/" + TestMatrix.absentSlug("no-such-role") + "/levels/" + TestMatrix.first().slug(), 404);
	}

}

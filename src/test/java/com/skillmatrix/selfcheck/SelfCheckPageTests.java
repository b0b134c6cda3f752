package com.skillmatrix.selfcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@WebTest
class SelfCheckPageTests {

	private static final TestMatrix.Skill SKILL = TestMatrix.skill();

	private static final String ROLE = SKILL.mainRole();

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@MethodSource("com.skillmatrix.TestMatrix#skillRoles")
	void everyLevelListsItsStatementsAsCheckboxesOneItemOrSentenceEach(String slug, String role) {
		TestMatrix.Skill skill = TestMatrix.skill(slug);
		Document page = Pages.get(this.mvc, skill.selfCheck(role));
		assertThat(page.selectFirst("h1").text()).isEqualTo("Self-check: " + role);
		List<Element> levels = page.select("form.self-check fieldset");
		assertThat(levels).extracting(Element::id).isEqualTo(TestMatrix.levelSlugs());
		for (int i = 0; i < levels.size(); i++) {
			Matrix.Level level = TestMatrix.levels().get(i);
			Matrix.Cell cell = skill.cell(role, level.slug());
			Element fieldset = levels.get(i);
			assertThat(fieldset.selectFirst("legend").text()).isEqualTo(level.name() + " " + Pages.badge(cell));
			List<Element> boxes = fieldset.select("input[type=checkbox]");
			if (cell == null) {
				assertThat(boxes).isEmpty();
				assertThat(fieldset.select("p.not-expected").text()).isEqualTo("Nothing to tick at this level.");
				continue;
			}
			assertThat(boxes).allMatch((box) -> box.attr("name").equals("met") && !box.hasAttr("checked"));
			assertThat(boxes).extracting((box) -> box.attr("value")).isEqualTo(skill.statementIds(role, level.slug()));
			List<String> labels = boxes.stream()
				.map((box) -> fieldset.selectFirst("label[for=" + box.id() + "]").wholeText())
				.toList();
			assertThat(labels).isEqualTo(skill.statements(role, level.slug()));
			assertStatementsAreItems(fieldset, cell.description());
		}
		assertThat(page.select("form.self-check").attr("method")).isEqualTo("get");
		assertThat(page.select("form.self-check").attr("action")).isEqualTo(skill.selfCheck(role));
		assertThat(page.select("form.self-check button[type=submit]").text()).isEqualTo("Show my answer");
	}

	@Test
	void withoutMetThereIsNoAnswerYet() {
		Document page = Pages.get(this.mvc, SKILL.selfCheck(ROLE));
		assertThat(page.select(".answer")).isEmpty();
		assertThat(page.select("input[checked]")).isEmpty();
		assertThat(page.title()).isEqualTo("Self-check: " + ROLE + " in " + SKILL.name() + " – Skill Matrix");
	}

	@Test
	void tickingNothingAnswersThatNoLevelIsMetAndListsTheFirst() {
		Document page = Pages.get(this.mvc, SKILL.selfCheck(ROLE) + "?met=");
		Matrix.Level first = firstExpected(SKILL, ROLE);
		List<String> statements = SKILL.statements(ROLE, first.slug());
		assertThat(verdict(page)).isEqualTo("No level is fully met yet.");
		assertThat(page.select(".answer__progress").text())
			.isEqualTo("At " + first.name() + " you meet 0 of " + count(statements.size()) + ".");
		assertThat(page.select(".answer__open li").eachText()).isEqualTo(statements);
		assertThat(page.select("input[checked]")).isEmpty();
	}

	@Test
	void levelsMetInFullAnswerTheHighestAndListWhatIsLeftAtTheNext() {
		Matrix.Level reached = TestMatrix.middle();
		Matrix.Level next = TestMatrix.next(reached);
		assumeTrue(next != null && SKILL.cell(ROLE, next.slug()) != null, "a level above the middle one");
		List<String> met = SKILL.statementIdsUpTo(ROLE, reached);
		Document page = Pages.get(this.mvc, SKILL.selfCheck(ROLE, met));
		assertThat(page.selectFirst("main > *:not(nav, .page-caption, h1)").select(".answer")).isNotEmpty();
		assertThat(verdict(page)).isEqualTo("You meet everything up to " + reached.name() + ".");
		List<String> open = SKILL.statements(ROLE, next.slug());
		assertThat(page.select(".answer__progress").text())
			.isEqualTo("At " + next.name() + " you meet 0 of " + count(open.size()) + ".");
		assertThat(page.select(".answer__open-heading").text())
			.isEqualTo("Still open at " + next.name() + " " + Pages.badge(SKILL.cell(ROLE, next.slug())));
		assertThat(page.select(".answer__open li").eachText()).isEqualTo(open);
		assertThat(page.select(".answer__gaps")).isEmpty();
		assertThat(page.select(".answer__links a").eachAttr("href")).containsExactly(
				SKILL.path() + "/advance?from=" + reached.slug(),
				SKILL.path() + "/advance?from=" + reached.slug() + "&role=" + Slugs.of(ROLE));
		assertThat(page.select("input[checked]").eachAttr("value")).isEqualTo(met);
	}

	@Test
	void partOfTheNextLevelIsCounted() {
		Matrix.Level first = firstExpected(SKILL, ROLE);
		List<String> statements = SKILL.statements(ROLE, first.slug());
		assumeTrue(statements.size() > 1, "a first level of more than one statement");
		Document page = Pages.get(this.mvc, SKILL.selfCheck(ROLE) + "?met=" + first.slug() + "-2&met=");
		assertThat(verdict(page)).isEqualTo("No level is fully met yet.");
		assertThat(page.select(".answer__progress").text())
			.isEqualTo("At " + first.name() + " you meet 1 of " + count(statements.size()) + ".");
		List<String> open = new ArrayList<>(statements);
		open.remove(1);
		assertThat(page.select(".answer__open li").eachText()).isEqualTo(open);
	}

	@Test
	void everyStatementMetReachesTheRolesTopLevel() {
		Document page = Pages.get(this.mvc, SKILL.selfCheck(ROLE, SKILL.statementIdsUpTo(ROLE, TestMatrix.last())));
		Matrix.Level top = TestMatrix.levels()
			.stream()
			.filter((level) -> SKILL.cell(ROLE, level.slug()) != null)
			.reduce((first, second) -> second)
			.orElseThrow();
		assertThat(verdict(page)).isEqualTo("You meet everything up to " + top.name()
				+ ", the last level with expectations of " + ROLE + " in " + SKILL.name() + ".");
		assertThat(page.select(".answer__open, .answer__progress, .answer__links")).isEmpty();
	}

	@Test
	void tickingHigherWhileALowerLevelHasGapsSaysSo() {
		Matrix.Level first = firstExpected(SKILL, ROLE);
		List<String> met = new ArrayList<>(SKILL.statementIdsUpTo(ROLE, TestMatrix.last()));
		met.remove(first.slug() + "-1");
		Document page = Pages.get(this.mvc, SKILL.selfCheck(ROLE, met));
		assertThat(verdict(page)).isEqualTo("No level is fully met yet.");
		assertThat(page.select(".answer__gaps-intro").text())
			.isEqualTo("You have ticked statements at higher levels, but these are not met in full yet:");
		assertThat(page.select(".answer__gaps li").eachText())
			.containsExactly("1 " + first.name() + " statement is still open.");
		assertThat(page.select(".answer__open li").eachText())
			.containsExactly(SKILL.statements(ROLE, first.slug()).get(0));
	}

	@Test
	void aRoleThatStartsAboveTheLowestLevelSaysWhereItStarts() {
		String role = SKILL.roles()
			.stream()
			.filter((name) -> SKILL.cell(name, TestMatrix.first().slug()) == null)
			.findFirst()
			.orElse(null);
		assumeTrue(role != null, SKILL.slug() + " has every role at its lowest level");
		Matrix.Level start = firstExpected(SKILL, role);
		String startsThere = "Expectations of " + role + " in " + SKILL.name() + " start at " + start.name()
				+ ": the levels below it have nothing to tick.";
		assertThat(Pages.get(this.mvc, SKILL.selfCheck(role)).select("main > p").eachText()).contains(startsThere);
		Document none = Pages.get(this.mvc, SKILL.selfCheck(role) + "?met=");
		assertThat(verdict(none)).isEqualTo("No level is fully met yet.");
		assertThat(none.select(".answer p").eachText()).contains(startsThere);
		assertThat(none.select("main p").eachText()).as("said once, in the answer").containsOnlyOnce(startsThere);
		assertThat(none.select(".answer__open li").eachText())
			.isEqualTo(SKILL.statements(role, start.slug()));
		Document started = Pages.get(this.mvc, SKILL.selfCheck(role, SKILL.statementIdsUpTo(role, start)));
		assertThat(verdict(started)).startsWith("You meet everything up to " + start.name());
	}

	@Test
	void seedDevOpsEngineerMeetingThreeLevelsReachesSeniorWithLeadLeft() {
		TestMatrix.assumeSeed();
		TestMatrix.Skill seed = TestMatrix.skill(TestMatrix.SEED_SKILL);
		String devops = "DevOps Engineer";
		Document page = Pages.get(this.mvc,
				seed.selfCheck(devops, seed.statementIdsUpTo(devops, TestMatrix.level("senior"))));
		assertThat(verdict(page)).isEqualTo("You meet everything up to Senior.");
		assertThat(page.select(".answer__open-heading").text()).isEqualTo("Still open at Lead Required");
		assertThat(page.select(".answer__open li").eachText())
			.isEqualTo(seed.statements(devops, "lead"));
		assertThat(page.select(".answer__links a").eachText()).containsExactly(
				"What to cover to advance from Senior to Lead",
				"DevOps Engineer: how Lead differs from Senior, word by word");

		Document none = Pages.get(this.mvc, seed.selfCheck(devops) + "?met=");
		assertThat(verdict(none)).isEqualTo("No level is fully met yet.");
		assertThat(none.select(".answer__open li").eachText())
			.isEqualTo(seed.statements(devops, "junior"));
		assertThat(none.select(".answer__links")).isEmpty();
	}

	@Test
	void seedSolutionsArchitectStartsAtSenior() {
		TestMatrix.assumeSeed();
		TestMatrix.Skill seed = TestMatrix.skill(TestMatrix.SEED_SKILL);
		String architect = "Solutions Architect";
		Document none = Pages.get(this.mvc, seed.selfCheck(architect) + "?met=");
		assertThat(verdict(none)).isEqualTo("No level is fully met yet.");
		assertThat(none.select(".answer p").eachText()).contains("Expectations of Solutions Architect in "
				+ "Secrets Management start at Senior: the levels below it have nothing to tick.");
		assertThat(none.select(".answer__open li").eachText())
			.isEqualTo(seed.statements(architect, "senior"));
		assertThat(none.select(".answer__links a").eachText())
			.containsExactly("What to cover to advance from Middle to Senior",
					"Solutions Architect: how Senior differs from Middle, word by word");
		assertThat(none.select("fieldset#junior p.not-expected, fieldset#middle p.not-expected")).hasSize(2);

		Document senior = Pages.get(this.mvc,
				seed.selfCheck(architect, seed.statementIdsUpTo(architect, TestMatrix.level("senior"))));
		assertThat(verdict(senior)).isEqualTo("You meet everything up to Senior.");
		assertThat(senior.select(".answer__open li").eachText())
			.isEqualTo(seed.statements(architect, "lead"));
	}

	@Test
	void theAddressHoldsTheWholeState() {
		List<String> met = SKILL.statementIdsUpTo(ROLE, TestMatrix.first());
		String address = SKILL.selfCheck(ROLE, met);
		MvcTestResult result = this.mvc.get().uri(address).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result).headers().containsHeader("ETag");
		assertThat(result.getResponse().getHeader("Cache-Control")).isEqualTo("no-cache");
		Document page = Pages.parse(result);
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost" + address);
		assertThat(page.select(".site-footer__print-url").text()).isEqualTo("Printed from http://localhost" + address);
		assertThat(page.select("input[checked]").eachAttr("value")).isEqualTo(met);
		assertThat(Pages.get(this.mvc, address).html()).isEqualTo(page.html());
		assertThat(page.select("form.self-check input[type=hidden]"))
			.singleElement()
			.satisfies((hidden) -> assertThat(hidden.attr("name") + "=" + hidden.attr("value")).isEqualTo("met="));
	}

	@Test
	void unknownStatementIsABadRequestThatNamesIt() {
		String first = firstExpected(SKILL, ROLE).slug();
		Document page = Pages.get(this.mvc, SKILL.selfCheck(ROLE) + "?met=" + first + "-99", 400);
		assertThat(lede(page)).isEqualTo("“" + first + "-99” (in “met”) is not a statement of " + ROLE + " in "
				+ SKILL.name() + ". A statement is named by its level and its number, such as “" + first + "-1”.");
		assertThat(page.select("main a[href=" + SKILL.selfCheck(ROLE) + "]").text()).isEqualTo(ROLE);
		assertThat(lede(Pages.get(this.mvc, SKILL.selfCheck(ROLE) + "?met=" + TestMatrix.absentSlug(), 400)))
			.startsWith("“" + TestMatrix.absentSlug() + "” (in “met”) is not a statement");
	}

	@Test
	void repeatedStatementIsABadRequest() {
		String id = firstExpected(SKILL, ROLE).slug() + "-1";
		Document page = Pages.get(this.mvc, SKILL.selfCheck(ROLE) + "?met=" + id + "&met=" + id, 400);
		assertThat(lede(page)).isEqualTo("“" + id + "” is given more than once in “met”.");
	}

	@Test
	void moreValuesThanStatementsIsABadRequest() {
		List<String> all = SKILL.statementIdsUpTo(ROLE, TestMatrix.last());
		List<String> tooMany = new ArrayList<>(all);
		tooMany.add(all.get(0));
		Document page = Pages.get(this.mvc, SKILL.selfCheck(ROLE, tooMany), 400);
		assertThat(lede(page)).isEqualTo("“met” is given " + tooMany.size() + " values, but " + ROLE + " has "
				+ all.size() + " statements in " + SKILL.name() + ".");
	}

	@Test
	void aStatementOfALevelTheRoleLacksIsABadRequest() {
		String role = SKILL.roleAbsentSomewhere().orElse(null);
		assumeTrue(role != null, SKILL.slug() + " has a cell for every role at every level");
		Matrix.Level absent = TestMatrix.levels()
			.stream()
			.filter((level) -> SKILL.cell(role, level.slug()) == null)
			.findFirst()
			.orElseThrow();
		Document page = Pages.get(this.mvc, SKILL.selfCheck(role) + "?met=" + absent.slug() + "-1", 400);
		assertThat(lede(page)).isEqualTo("“" + absent.slug() + "-1” (in “met”) names a statement at " + absent.name()
				+ ", where " + role + " is not expected to know " + SKILL.name() + ".");
	}

	@Test
	void unknownSkillOrRoleIsNotFound() {
		Pages.get(this.mvc, "/skills/" + TestMatrix.absentSlug() + "/roles/" + Slugs.of(ROLE) + "/self-check", 404);
		Pages.get(this.mvc, SKILL.path() + "/roles/" + TestMatrix.absentSlug("no-such-role") + "/self-check", 404);
	}

	@Test
	void theRoleDetailsTheLevelPageAndTheRoleProfileLeadHere() {
		Document detail = Pages.get(this.mvc, SKILL.path() + "/roles/" + Slugs.of(ROLE));
		assertThat(detail.select("main a[href=" + SKILL.selfCheck(ROLE) + "]").text())
			.isEqualTo("Check yourself against these expectations");

		Matrix.Level level = TestMatrix.middle();
		Document table = Pages.get(this.mvc, SKILL.path() + "/levels/" + level.slug());
		List<String> rows = SKILL.rows(level.slug()).stream().map(Matrix.Cell::role).toList();
		assertThat(table.select("table.table--roles tbody th a.self-check-link").eachAttr("href"))
			.isEqualTo(rows.stream().map((role) -> SKILL.selfCheck(role)).toList());
		assertThat(table.select("a.self-check-link").eachText()).containsOnly("Check yourself");

		Document profile = Pages.get(this.mvc, "/roles/" + Slugs.of(ROLE));
		assertThat(profile.select("table.table--grid a.self-check-link").eachAttr("href"))
			.containsExactlyInAnyOrderElementsOf(
					TestMatrix.skillsOf(ROLE).stream().map((skill) -> skill.selfCheck(ROLE)).toList());
	}





	/**
	 * A level's boxes against its cell: a list's items one box each, under its headings, which are no boxes; a
	 * line's sentences, which join back into it.
	 */
	static void assertStatementsAreItems(Element fieldset, String description) {
		List<String> labels = fieldset.select("label").stream().map(Element::wholeText).toList();
		assertThat(labels).isNotEmpty().noneMatch((label) -> label.contains("\n") || label.contains("\r"));
		if (!DescriptionLines.isList(description)) {
			assertThat(String.join(" ", labels)).isEqualTo(description);
			assertThat(fieldset.select(".self-check__heading")).isEmpty();
			return;
		}
		assertThat(labels).isEqualTo(DescriptionLines.texts(description));
		List<DescriptionLines.Group> headed = DescriptionLines.groups(description)
			.stream()
			.filter((group) -> group.heading() != null)
			.toList();
		List<Element> groups = fieldset.select(".self-check__group");
		assertThat(groups).hasSameSizeAs(headed);
		for (int i = 0; i < groups.size(); i++) {
			Element group = groups.get(i);
			Element heading = group.selectFirst(".self-check__heading");
			assertThat(heading.wholeText()).isEqualTo(headed.get(i).heading());
			assertThat(heading.select("input")).isEmpty();
			assertThat(group.attr("role")).isEqualTo("group");
			assertThat(group.attr("aria-labelledby")).isEqualTo(heading.id());
			assertThat(group.select("label").stream().map(Element::wholeText).toList())
				.isEqualTo(headed.get(i).items());
		}
	}

	private static Matrix.Level firstExpected(TestMatrix.Skill skill, String role) {
		return TestMatrix.levels()
			.stream()
			.filter((level) -> skill.cell(role, level.slug()) != null)
			.findFirst()
			.orElseThrow();
	}

	private static String count(int statements) {
		return (statements == 1) ? "1 statement" : statements + " statements";
	}

	private static String verdict(Document page) {
		return Objects.requireNonNull(page.selectFirst(".answer .answer__verdict"), "an answer").text();
	}

	private static String lede(Document page) {
		return page.selectFirst("main .lede").text();
	}

}

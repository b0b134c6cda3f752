package com.skillmatrix.plan;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.skillmatrix.DataFiles;
import com.skillmatrix.DescriptionLines;
import com.skillmatrix.Pages;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.WebTest;
import com.skillmatrix.loading.Matrix;
import com.skillmatrix.matrix.Slugs;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The growth plan as a person uses it: the form read, answers chosen from the data, the long address followed to the
 * compact one, and the plan it shows checked against the rule worked out from the data folder ({@link ExpectedPlan}).
 */
@WebTest
class PlanPageTests {

	/** The role with the most skills, whose plan is the longest. */
	static final String ROLE = TestMatrix.roleWithMostSkills();

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@MethodSource("com.skillmatrix.TestMatrix#roles")
	void theFormAsksEverySkillOfTheRoleForALevelOrNotYet(String role) {
		Document page = Pages.get(this.mvc, plan(role));
		assertThat(page.selectFirst("h1").text()).isEqualTo("Growth plan: " + role);
		assertThat(page.select(".answer")).as("no answer before any is given").isEmpty();
		Element form = page.selectFirst("form.plan-form");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo(plan(role));
		List<TestMatrix.Skill> skills = TestMatrix.skillsInPlaceOf(role);
		assertThat(skills).isNotEmpty();
		assertThat(form.select("h3").eachText()).isEqualTo(skills.stream()
			.map((skill) -> DataFiles.place(skill.data().domain(), skill.data().category()))
			.distinct()
			.toList());
		List<Element> fieldsets = form.select("fieldset");
		assertThat(fieldsets).extracting((fieldset) -> fieldset.selectFirst("legend").text())
			.isEqualTo(skills.stream().map(TestMatrix.Skill::name).toList());
		List<String> values = new ArrayList<>(TestMatrix.levelSlugs());
		values.add("none");
		List<String> labels = new ArrayList<>(TestMatrix.levelNames());
		labels.add("Not yet");
		for (int i = 0; i < skills.size(); i++) {
			List<Element> radios = fieldsets.get(i).select("input[type=radio]");
			String slug = skills.get(i).slug();
			assertThat(radios).as(slug).allSatisfy((radio) -> assertThat(radio.attr("name")).isEqualTo(slug));
			assertThat(radios).extracting((radio) -> radio.attr("value")).as(slug).isEqualTo(values);
			assertThat(radios).extracting((radio) -> radio.parent().text()).as(slug).isEqualTo(labels);
			assertThat(radios).as(slug).noneMatch((radio) -> radio.hasAttr("checked"));
		}
		assertThat(form.select("button[type=submit]").text()).isEqualTo("Show my plan");
	}

	@ParameterizedTest
	@MethodSource("com.skillmatrix.TestMatrix#roles")
	void eachSkillFoldsTheRolesExpectationsLevelByLevel(String role) {
		Document page = Pages.get(this.mvc, plan(role));
		List<TestMatrix.Skill> skills = TestMatrix.skillsInPlaceOf(role);
		List<Element> fieldsets = page.select("form.plan-form fieldset");
		assertThat(fieldsets).hasSameSizeAs(skills).isNotEmpty();
		for (int i = 0; i < skills.size(); i++) {
			TestMatrix.Skill skill = skills.get(i);
			Element details = fieldsets.get(i).selectFirst("details");
			assertThat(details).as("the expectations folded under " + skill.slug()).isNotNull();
			assertThat(details.hasAttr("open")).isFalse();
			assertThat(details.selectFirst("summary").text()).isEqualTo("What each level expects");
			List<Element> terms = details.select("dt");
			assertThat(terms).hasSize(TestMatrix.levels().size());
			for (int k = 0; k < terms.size(); k++) {
				Matrix.Level level = TestMatrix.levels().get(k);
				Matrix.Cell cell = skill.cell(role, level.slug());
				assertThat(terms.get(k).text()).isEqualTo(level.name() + " " + Pages.badge(cell));
				Element description = terms.get(k).nextElementSibling().selectFirst(".description");
				if (cell == null) {
					assertThat(description).isNull();
				}
				else {
					DescriptionLines.assertShows(description, cell.description());
				}
			}
		}
	}

	static Stream<Arguments> plans() {
		List<Arguments> plans = new ArrayList<>();
		for (String role : TestMatrix.roles()) {
			answers(role).forEach((name, answers) -> plans.add(Arguments.of(role, name, answers)));
		}
		return plans.stream();
	}

	/** Answers that put every part of the rule to work, made from the role's cells. */
	static Map<String, Map<String, String>> answers(String role) {
		List<TestMatrix.Skill> skills = TestMatrix.skillsInPlaceOf(role);
		List<String> levels = TestMatrix.levelSlugs();
		Map<String, Map<String, String>> answers = new LinkedHashMap<>();
		answers.put("not yet in every skill", every(skills, ExpectedPlan.NONE));
		for (String level : levels) {
			answers.put(level + " in every skill", every(skills, level));
		}
		Map<String, String> mixed = new LinkedHashMap<>();
		for (int i = 0; i < skills.size(); i++) {
			if (i < skills.size() - 1 || skills.size() == 1) {
				mixed.put(skills.get(i).slug(), (i % (levels.size() + 1) < levels.size())
						? levels.get(i % (levels.size() + 1)) : ExpectedPlan.NONE);
			}
		}
		answers.put("mixed, one skill unanswered", mixed);
		// The top everywhere but one level short of a Required cell above the lowest level.
		for (TestMatrix.Skill skill : skills) {
			for (int k = 1; k < levels.size(); k++) {
				Matrix.Cell cell = skill.cell(role, levels.get(k));
				if (cell != null && cell.required() && !answers.containsKey("held back")) {
					Map<String, String> held = every(skills, levels.get(levels.size() - 1));
					held.put(skill.slug(), levels.get(k - 1));
					answers.put("held back", held);
				}
			}
		}
		return answers;
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("plans")
	void theAnswersLeadToACompactAddressThatShowsThePlanOfTheRule(String role, String name,
			Map<String, String> answers) {
		String address = compact(role, answers);
		Document page = Pages.get(this.mvc, address);
		ExpectedPlan expected = ExpectedPlan.of(role, answers);

		Element answer = page.selectFirst("main > section.answer");
		assertThat(answer).as("the answer").isNotNull();
		assertThat(page.selectFirst("main > section.answer, main > section.plan-questions")).as("the answer first")
			.isSameAs(answer);
		assertThat(answer.select(".answer__verdict").text()).isEqualTo(verdict(role, expected));
		if (expected.nextLevel() == null) {
			assertThat(answer.select(".answer__progress, .plan-open")).isEmpty();
		}
		else {
			assertThat(answer.select(".answer__progress").text()).isEqualTo(expected.nextLevel().name() + ": "
					+ expected.requiredSkillsMet() + " of " + count(expected.requiredSkills(), "required skill"));
			assertThat(answer.select("#open-heading").text()).isEqualTo("What to cover for " + expected.nextLevel().name());
			assertOpen(answer, role, expected);
		}
		assertTable(answer, role, answers, expected);
		assertChart(answer, role, answers, expected);

		List<TestMatrix.Skill> skills = TestMatrix.skillsInPlaceOf(role);
		List<Element> fieldsets = page.select("form.plan-form fieldset");
		for (int i = 0; i < skills.size(); i++) {
			String given = answers.get(skills.get(i).slug());
			assertThat(fieldsets.get(i).select("input[checked]").eachAttr("value")).as("the form keeps the answers")
				.isEqualTo((given != null) ? List.of(given) : List.of());
		}
		long unanswered = skills.stream().filter((skill) -> !answers.containsKey(skill.slug())).count();
		assertThat(answer.select(".plan-answer__unanswered").text()).isEqualTo((unanswered == 0) ? ""
				: count(unanswered, "skill") + " " + ((unanswered == 1) ? "has" : "have")
						+ " no answer yet and " + ((unanswered == 1) ? "counts" : "count") + " as met at no level.");
		assertThat(page.select(".plan-changes")).as("nothing changed").isEmpty();

		assertJson("/api/v1" + address, role, answers, expected);
		assertJson("/api/v1" + longForm(role, answers), role, answers, expected);
	}

	/** The cells still open, Required first, each with its skill, its level and its description, item by item. */
	private static void assertOpen(Element answer, String role, ExpectedPlan expected) {
		Elements headings = answer.select("h4.plan-open__heading");
		List<String> shown = new ArrayList<>();
		List<String> headingTexts = new ArrayList<>();
		for (boolean required : List.of(true, false)) {
			List<ExpectedPlan.OpenCell> cells = expected.open().stream()
				.filter((cell) -> cell.cell().required() == required)
				.toList();
			if (!cells.isEmpty()) {
				headingTexts.add((required ? "Required: " : "Optional: ") + count(cells.size(), "expectation"));
			}
		}
		assertThat(headings.eachText()).isEqualTo(headingTexts);
		for (Element heading : headings) {
			Element list = heading.nextElementSiblings().select("ul.plan-open").first();
			assertThat(list).as("the list under " + heading.text()).isNotNull();
			for (Element item : list.children()) {
				shown.add(item.selectFirst("a").text() + " " + item.selectFirst(".plan-open__level").text());
			}
		}
		assertThat(shown).isEqualTo(expected.open().stream()
			.map((cell) -> cell.skill().name() + " " + cell.level().name())
			.toList());
		List<Element> items = answer.select("ul.plan-open > li");
		for (int i = 0; i < items.size(); i++) {
			ExpectedPlan.OpenCell cell = expected.open().get(i);
			DescriptionLines.assertShows(items.get(i).selectFirst(".description"), cell.cell().description());
			Matrix.Level below = TestMatrix.previous(cell.level());
			assertThat(items.get(i).selectFirst("a").attr("href")).as("the step into the cell")
				.isEqualTo((below != null)
						? cell.skill().path() + "/advance?from=" + below.slug() + "&role=" + Slugs.of(role)
						: cell.skill().path() + "/roles/" + Slugs.of(role) + "#" + cell.level().slug());
		}
	}

	/** The answer's table, the chart's text equivalent: a row for each skill, in words. */
	private static void assertTable(Element answer, String role, Map<String, String> answers, ExpectedPlan expected) {
		Element table = answer.selectFirst("table.table--plan");
		assertThat(table.selectFirst("caption").text()).isEqualTo((expected.nextLevel() != null)
				? "Your level in each skill of the role " + role + ", and what " + expected.nextLevel().name()
						+ " requires"
				: "Your level in each skill of the role " + role);
		List<String> rows = new ArrayList<>();
		for (TestMatrix.Skill skill : TestMatrix.skillsInPlaceOf(role)) {
			String given = answers.get(skill.slug());
			List<String> row = new ArrayList<>(List.of(skill.name(), (given == null) ? "No answer yet"
					: given.equals(ExpectedPlan.NONE) ? "Not yet" : TestMatrix.level(given).name()));
			if (expected.nextLevel() != null) {
				Matrix.Level needed = expected.needed(role, skill);
				long open = expected.open().stream().filter((cell) -> cell.skill().equals(skill)).count();
				row.add((needed != null) ? needed.name() : "Nothing required");
				row.add((open == 0) ? "None" : String.valueOf(open));
			}
			rows.add(String.join(" | ", row));
		}
		assertThat(table.select("tbody tr")
			.stream()
			.map((tr) -> String.join(" | ", tr.select("th, td").eachText()))
			.toList()).isEqualTo(rows);
	}

	/**
	 * The chart: an image with a title, a column for each level and the next one marked, a row for each skill, a bar
	 * for each answer that reaches a level, a mark for each of the role's cells by its flag, and a frame for each cell
	 * still open.
	 */
	private static void assertChart(Element answer, String role, Map<String, String> answers, ExpectedPlan expected) {
		Element svg = answer.selectFirst("figure svg");
		assertThat(svg.attr("role")).isEqualTo("img");
		assertThat(svg.selectFirst("title").text()).isEqualTo("Your levels against what the role " + role + " expects");
		assertThat(svg.selectFirst("desc").text()).endsWith("The table below says the same in words.");
		assertThat(svg.select("text.plan-chart__level").eachText()).isEqualTo(TestMatrix.levelNames());
		assertThat(svg.select("text.plan-chart__next-label")).hasSize((expected.nextLevel() != null) ? 1 : 0);
		List<TestMatrix.Skill> skills = TestMatrix.skillsInPlaceOf(role);
		assertThat(svg.select("g.plan-chart__skills text").eachText())
			.isEqualTo(skills.stream().map(TestMatrix.Skill::name).toList());
		long required = skills.stream().flatMap((skill) -> skill.cellsOf(role).stream())
			.filter((cell) -> cell != null && cell.required()).count();
		long optional = skills.stream().flatMap((skill) -> skill.cellsOf(role).stream())
			.filter((cell) -> cell != null && !cell.required()).count();
		long bars = skills.stream().filter((skill) -> ExpectedPlan.picked(answers, skill) >= 0).count();
		assertThat(marks(svg, "plan-chart__required")).isEqualTo(required);
		assertThat(marks(svg, "plan-chart__optional")).isEqualTo(optional);
		assertThat(marks(svg, "plan-chart__met")).isEqualTo(bars);
		assertThat(marks(svg, "plan-chart__open")).isEqualTo(expected.open().size());
		assertThat(answer.select("figcaption .plan-legend__item").eachText()).startsWith("Your level reaches it",
				"Required", "Optional");
	}

	/** How many marks a path of the chart draws: one "M" each. */
	private static long marks(Element svg, String kind) {
		Element path = svg.selectFirst("path." + kind + "[d]");
		return (path == null) ? 0 : path.attr("d").chars().filter((character) -> character == 'M').count();
	}

	private void assertJson(String address, String role, Map<String, String> answers, ExpectedPlan expected) {
		MvcTestResult result = this.mvc.get().uri(address).exchange();
		assertThat(result).as(address).hasStatus(200);
		JsonNode json = json(result);
		assertThat(json.propertyNames()).containsExactlyInAnyOrder("role", "levelMet", "nextLevel", "answers", "open");
		assertThat(json.get("role").asString()).isEqualTo(Slugs.of(role));
		assertThat(slugOrNull(json.get("levelMet"))).isEqualTo((expected.levelMet() != null) ? expected.levelMet().slug() : null);
		assertThat(slugOrNull(json.get("nextLevel"))).isEqualTo((expected.nextLevel() != null) ? expected.nextLevel().slug() : null);
		Map<String, String> given = new LinkedHashMap<>();
		json.get("answers").properties().forEach((entry) -> given.put(entry.getKey(), slugOrNull(entry.getValue())));
		assertThat(given).containsExactlyEntriesOf(ExpectedPlan.json(role, answers));
		List<String> open = new ArrayList<>();
		json.get("open").values().forEach((cell) -> open.add(cell.get("skill").asString() + " "
				+ cell.get("level").asString() + " " + cell.get("required").asBoolean()));
		assertThat(open).isEqualTo(expected.open().stream()
			.map((cell) -> cell.skill().slug() + " " + cell.level().slug() + " " + cell.cell().required())
			.toList());
	}

	@Test
	void theCompactAddressIsShortAndKeepsTheLanguage() {
		Map<String, String> answers = answers(ROLE).get("mixed, one skill unanswered");
		String address = compact(ROLE, answers);
		assertThat(address).startsWith(plan(ROLE) + "?P=1.").hasSizeLessThan(2000);
		assertThat(address).doesNotContain(answers.keySet().iterator().next());
		MvcTestResult german = this.mvc.get().uri(longForm(ROLE, answers) + "&lang=de").exchange();
		assertThat(german).hasStatus(303);
		assertThat(german.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo(address + "&lang=de");
		assertThat(Pages.get(this.mvc, address + "&lang=de").selectFirst("html").attr("lang")).isEqualTo("de");
	}

	@Test
	void theSameAnswersInAnyOrderGiveTheSameAddress() {
		Map<String, String> answers = answers(ROLE).get("mixed, one skill unanswered");
		List<String> pairs = answers.entrySet().stream().map((entry) -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.toCollection(ArrayList::new));
		Collections.reverse(pairs);
		MvcTestResult reversed = this.mvc.get().uri(plan(ROLE) + "?" + String.join("&", pairs)).exchange();
		assertThat(reversed.getResponse().getHeader(HttpHeaders.LOCATION)).isEqualTo(compact(ROLE, answers));
	}

	@Test
	void theAnswerIsALinkThatPreviewsAndPrintsWell() {
		Map<String, String> answers = answers(ROLE).get("not yet in every skill");
		String address = compact(ROLE, answers);
		Document page = Pages.get(this.mvc, address);
		assertThat(page.title()).isEqualTo("Growth plan: " + ROLE + " – Skill Matrix");
		ExpectedPlan expected = ExpectedPlan.of(ROLE, answers);
		assertThat(page.select("meta[name=description]").attr("content")).isEqualTo((expected.levelMet() == null)
				? "A growth plan for the role " + ROLE + ": no level is met in full yet, and "
						+ expected.nextLevel().name() + " is next."
				: page.select("meta[name=description]").attr("content"));
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost" + address);
		assertThat(page.select(".site-footer__print-url").text()).isEqualTo("Printed from http://localhost" + address);
		assertThat(page.select(".print-only.plan-print").text()).isEqualTo("Date:");
		assertThat(page.select(".plan-share").text()).startsWith("The address of your plan holds your answers");
	}

	@Test
	void theRoleProfileLeadsToThePlan() {
		Document profile = Pages.get(this.mvc, "/roles/" + Slugs.of(ROLE));
		assertThat(profile.select("a[href=" + plan(ROLE) + "]").text()).isEqualTo("Make a growth plan for " + ROLE);
		Document page = Pages.get(this.mvc, plan(ROLE));
		assertThat(page.select(".page-caption a").attr("href")).isEqualTo("/roles/" + Slugs.of(ROLE));
	}

	@Test
	void aSelfCheckCarriesItsLevelIntoThePlan() {
		TestMatrix.Skill skill = TestMatrix.skill();
		String role = skill.mainRole();
		Matrix.Level first = TestMatrix.levels().stream()
			.filter((level) -> skill.cell(role, level.slug()) != null)
			.findFirst()
			.orElseThrow();
		Document check = Pages.get(this.mvc, skill.selfCheck(role, skill.statementIdsUpTo(role, first)));
		Element carry = check.selectFirst(".answer__plan a");
		assertThat(carry.text()).isEqualTo("Add " + first.name() + " in " + skill.name() + " to your growth plan for " + role);
		assertThat(carry.attr("href")).isEqualTo(plan(role) + "?" + skill.slug() + "=" + first.slug());
		String address = this.mvc.get().uri(carry.attr("href")).exchange().getResponse().getHeader(HttpHeaders.LOCATION);
		Document page = Pages.get(this.mvc, address);
		assertThat(page.select("input[name=" + skill.slug() + "][checked]").eachAttr("value")).containsExactly(first.slug());

		Element none = Pages.get(this.mvc, skill.selfCheck(role) + "?met=").selectFirst(".answer__plan a");
		assertThat(none.text()).isEqualTo("Add “Not yet” in " + skill.name() + " to your growth plan for " + role);
		assertThat(none.attr("href")).isEqualTo(plan(role) + "?" + skill.slug() + "=none");
	}

	@Test
	void aLevelThatIsNotOneIsABadRequestThatOffersAFreshPlan() {
		TestMatrix.Skill skill = TestMatrix.skillsInPlaceOf(ROLE).get(0);
		String level = TestMatrix.absentSlug("no-such-level");
		Document page = Pages.get(this.mvc, plan(ROLE) + "?" + skill.slug() + "=" + level, 400);
		assertThat(page.selectFirst("main .lede").text()).isEqualTo("“" + level + "” (for “" + skill.slug()
				+ "”) is not a level. Choose one of " + String.join(", ", TestMatrix.levelSlugs()) + ", none.");
		assertFreshPlanOffered(page);
		Pages.get(this.mvc, plan(ROLE) + "?" + skill.slug() + "=" + Pages.capitalised(TestMatrix.first().slug()), 400);
		assertThat(Pages.get(this.mvc, plan(ROLE) + "?" + skill.slug() + "=", 400).selectFirst("main .lede").text())
			.startsWith("“" + skill.slug() + "” is given no level.");
		assertThat(Pages.get(this.mvc, plan(ROLE) + "?" + skill.slug() + "=none&" + skill.slug() + "=none", 400)
			.selectFirst("main .lede").text()).isEqualTo("“" + skill.slug() + "” is answered more than once: give one level for each skill.");
	}

	@Test
	void aParameterThatIsNoSkillOfTheRoleIsABadRequest() {
		String absent = TestMatrix.absentSlug("no-such-skill");
		Document page = Pages.get(this.mvc, plan(ROLE) + "?" + absent + "=" + TestMatrix.first().slug(), 400);
		assertThat(page.selectFirst("main .lede").text()).startsWith("“" + absent + "” is not a skill of " + ROLE + ":");
		assertFreshPlanOffered(page);
	}

	@Test
	void aCompactAddressCutShortOrChangedIsABadRequestThatSaysSo() {
		String address = compact(ROLE, answers(ROLE).get("mixed, one skill unanswered"));
		String cut = address.substring(0, address.length() - 6);
		Document page = Pages.get(this.mvc, cut, 400);
		assertThat(page.selectFirst("main .lede").text()).isEqualTo("The plan’s address “P” is incomplete or was changed: it may have been cut off when it was copied or mailed. Copy the whole address again, or start a fresh plan for " + ROLE + ".");
		assertFreshPlanOffered(page);
		int at = address.indexOf("P=") + 7;
		char other = (address.charAt(at) == 'a') ? 'b' : 'a';
		String changed = address.substring(0, at) + other + address.substring(at + 1);
		assertThat(Pages.get(this.mvc, changed, 400).selectFirst("main .lede").text()).contains("is incomplete or was changed");
		assertThat(Pages.get(this.mvc, plan(ROLE) + "?P=", 400).selectFirst("main .lede").text()).isEqualTo("The plan’s address “P” is empty. Start a fresh plan for " + ROLE + ".");
		assertThat(Pages.get(this.mvc, plan(ROLE) + "?P=%3Cscript%3E", 400).selectFirst("main .lede").text()).contains("holds characters that a plan’s address never has");
		assertThat(Pages.get(this.mvc, address + "&P=" + address.substring(address.indexOf("P=") + 2), 400).selectFirst("main .lede").text()).isEqualTo("The plan’s address “P” is given more than once.");
		String skill = TestMatrix.skillsInPlaceOf(ROLE).get(0).slug();
		assertThat(Pages.get(this.mvc, address + "&" + skill + "=none", 400).selectFirst("main .lede").text())
			.isEqualTo("“" + skill + "” cannot be given together with the plan’s compact address “P”: use one or the other.");
	}

	@Test
	void anUnknownRoleIsNotFound() {
		String role = TestMatrix.absentSlug("no-such-role");
		assertThat(Pages.get(this.mvc, "/roles/" + role + "/plan", 404).selectFirst("main .lede").text())
			.isEqualTo("There is no role called “" + role + "”.");
		Pages.get(this.mvc, "/roles/" + Pages.capitalised(Slugs.of(ROLE)) + "/plan", 404);
		assertThat(this.mvc.get().uri("/api/v1/roles/" + role + "/plan").exchange()).hasStatus(404)
			.hasContentType("application/problem+json");
	}

	@Test
	void theJsonTwinSaysWhatIsWrongAsAProblem() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/v1" + plan(ROLE) + "?P=1.43").exchange();
		assertThat(result).hasStatus(400).hasContentType("application/problem+json");
		assertThat(result.getResponse().getContentAsString()).contains("is incomplete or was changed");
	}

	private static void assertFreshPlanOffered(Document page) {
		assertThat(page.select("main .link-list a").eachAttr("href")).containsExactly(plan(ROLE));
		assertThat(page.select("main .link-list a").eachText()).containsExactly(ROLE);
	}

	/** Follows the form's long address to the compact one it is answered with. */
	private String compact(String role, Map<String, String> answers) {
		Document form = Pages.get(this.mvc, plan(role));
		for (Map.Entry<String, String> answer : answers.entrySet()) {
			assertThat(form.select("form.plan-form input[type=radio][name=" + answer.getKey() + "][value="
					+ answer.getValue() + "]")).as("the form offers " + answer).hasSize(1);
		}
		MvcTestResult result = this.mvc.get().uri(longForm(role, answers)).exchange();
		assertThat(result).hasStatus(303);
		String address = result.getResponse().getHeader(HttpHeaders.LOCATION);
		assertThat(address).startsWith(plan(role) + "?P=").hasSizeLessThan(2000);
		return address;
	}

	static String plan(String role) {
		return "/roles/" + Slugs.of(role) + "/plan";
	}

	/** The address the form sends: one parameter for each skill answered, in the form's order. */
	static String longForm(String role, Map<String, String> answers) {
		return plan(role) + "?" + answers.entrySet().stream()
			.map((answer) -> answer.getKey() + "=" + answer.getValue())
			.collect(Collectors.joining("&"));
	}

	private static Map<String, String> every(List<TestMatrix.Skill> skills, String answer) {
		Map<String, String> answers = new LinkedHashMap<>();
		skills.forEach((skill) -> answers.put(skill.slug(), answer));
		return answers;
	}

	private static String verdict(String role, ExpectedPlan expected) {
		if (expected.levelMet() == null) {
			return "No level of the role " + role + " is met in full yet.";
		}
		if (expected.nextLevel() == null) {
			return "You meet " + expected.levelMet().name() + ", the top level of the role " + role + ", in full.";
		}
		return "You meet " + expected.levelMet().name() + " of the role " + role + " in full.";
	}

	private static String count(long count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

	private static String slugOrNull(JsonNode node) {
		return (node == null || node.isNull()) ? null : node.asString();
	}

	private static JsonNode json(MvcTestResult result) {
		try {
			return JsonMapper.shared().readTree(result.getResponse().getContentAsString());
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}

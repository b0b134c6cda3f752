package com.skillmatrix.advance;

import java.util.List;
import java.util.stream.Stream;

import com.skillmatrix.DescriptionLines;
import com.skillmatrix.ItemDiffMarkup;
import com.skillmatrix.Pages;
import com.skillmatrix.RoleSteps;
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
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What to cover to advance across every skill of a role, against the data folder read apart from the application
 * ({@link RoleSteps}): the role with the most skills, from every level, to the next and to the top; switching tracks
 * to the role with the next most skills; "required only"; and every address that names nothing or nothing that fits.
 */
@WebTest
class RoleAdvancePageTests {

	private static final String ROLE = RoleSteps.roleWithMostSkills();

	private static final String PAGE = "/roles/" + Slugs.of(ROLE) + "/advance";

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@MethodSource("com.skillmatrix.RoleSteps#startingLevels")
	void everySkillThatChangesToTheNextLevelIsShownAsOnTheSkillsAdvancePage(String from) {
		Matrix.Level level = TestMatrix.level(from);
		Matrix.Level to = TestMatrix.next(level);
		RoleSteps expected = RoleSteps.of(ROLE, level, to);
		Document page = Pages.get(this.mvc, PAGE + "?from=" + from);
		assertThat(page.selectFirst("h1").text())
			.isEqualTo(ROLE + ": what to cover to advance from " + level.name() + " to " + to.name());
		assertThat(page.title()).isEqualTo(ROLE + ": from " + level.name() + " to " + to.name() + " – Skill Matrix");
		assertShows(page, expected, level.name(), to.name(), "Not expected at this level", "Not expected at " + to.name(),
				"New at " + to.name());
	}

	/** The steps up of the role the tests try change something, so that the checks of each step check something. */
	@Test
	void theRoleChangesOnItsWayUp() {
		assertThat(RoleSteps.startingLevels().flatMap((from) -> RoleSteps
			.of(ROLE, TestMatrix.level(from), TestMatrix.next(TestMatrix.level(from)))
			.changed()
			.stream())).isNotEmpty();
	}

	@Test
	void aTargetAnyLevelHigherComparesTheTwoLevels() {
		Matrix.Level from = TestMatrix.first();
		Matrix.Level to = TestMatrix.last();
		RoleSteps expected = RoleSteps.of(ROLE, from, to);
		Document page = Pages.get(this.mvc, PAGE + "?from=" + from.slug() + "&to=" + to.slug());
		assertThat(page.selectFirst("h1").text())
			.isEqualTo(ROLE + ": what to cover to advance from " + from.name() + " to " + to.name());
		assertShows(page, expected, from.name(), to.name(), "Not expected at this level",
				"Not expected at " + to.name(), "New at " + to.name());
		assertThat(page.select("form.filter select[name=to] option[selected]").attr("value")).isEqualTo(to.slug());
		// An empty target, as the form sends "the next level", is the next level.
		Document next = Pages.get(this.mvc, PAGE + "?from=" + from.slug() + "&to=");
		assertThat(next.selectFirst("h1").text()).endsWith(" to " + TestMatrix.next(from).name());
	}

	@Test
	void switchingTracksShowsWhatTheOtherRoleExpects() {
		String other = RoleSteps.otherRole();
		Matrix.Level from = TestMatrix.first();
		Matrix.Level to = TestMatrix.middle();
		RoleSteps expected = RoleSteps.of(ROLE, from, other, to);
		Document page = Pages.get(this.mvc,
				PAGE + "?from=" + from.slug() + "&to-role=" + Slugs.of(other) + "&to-level=" + to.slug());
		assertThat(page.selectFirst("h1").text()).isEqualTo("Switching tracks: from " + ROLE + " at " + from.name()
				+ " to " + other + " at " + to.name());
		String target = other + " at " + to.name();
		assertShows(page, expected, ROLE + " at " + from.name(), target, "Not expected of " + ROLE + " at " + from.name(),
				"Not expected of " + target, "New for " + other);
		assertThat(page.select("form.filter input[type=hidden][name=to-role]").attr("value")).isEqualTo(Slugs.of(other));
		assertThat(page.select("form.filter select[name=to-level] option[selected]").attr("value")).isEqualTo(to.slug());
		assertThat(page.select("main a[href=" + PAGE + "?from=" + from.slug() + "]")).hasSize(1);

		// The same role at a lower level is a switch too; at the same level it is no step at all.
		Document down = Pages.get(this.mvc,
				PAGE + "?from=" + TestMatrix.last().slug() + "&to-role=" + Slugs.of(ROLE) + "&to-level=" + from.slug());
		assertShows(down, RoleSteps.of(ROLE, TestMatrix.last(), from), ROLE + " at " + TestMatrix.last().name(),
				ROLE + " at " + from.name(),
				"Not expected of " + ROLE + " at " + TestMatrix.last().name(), "Not expected of " + ROLE + " at "
						+ from.name(), "New for " + ROLE);
	}

	@Test
	void requiredOnlyKeepsTheSkillsRequiredAtTheTarget() {
		Matrix.Level from = TestMatrix.first();
		Matrix.Level to = TestMatrix.next(from);
		RoleSteps all = RoleSteps.of(ROLE, from, to);
		RoleSteps expected = all.required();
		Document page = Pages.get(this.mvc, PAGE + "?from=" + from.slug() + "&required=only");
		assertShows(page, expected, from.name(), to.name(), "Not expected at this level", "Not expected at " + to.name(),
				"New at " + to.name());
		int hidden = all.steps().size() - expected.steps().size();
		assertThat(page.select(".hidden-note").text()).isEqualTo(switch (hidden) {
			case 0 -> "No skill is hidden.";
			case 1 -> "1 skill that is optional or no longer expected at the target is hidden.";
			default -> hidden + " skills that are optional or no longer expected at the target are hidden.";
		});
		assertThat(page.select(".switches a.switch").attr("href")).isEqualTo(PAGE + "?from=" + from.slug());
		assertThat(page.select(".switches a.switch").text()).isEqualTo("Show all expectations");
		assertThat(page.select("form.filter input[name=required][checked]").attr("value")).isEqualTo("only");
		Document whole = Pages.get(this.mvc, PAGE + "?from=" + from.slug());
		assertThat(whole.select(".switches a.switch").attr("href"))
			.isEqualTo(PAGE + "?from=" + from.slug() + "&required=only");
		assertThat(whole.select(".hidden-note")).isEmpty();
	}

	@Test
	void listShapedCellsAreComparedItemByItem() {
		// A step of any role whose cells are written as lists: the four-level matrix has some; the seed has none.
		RoleSteps found = null;
		for (String role : TestMatrix.roles()) {
			for (Matrix.Level from : TestMatrix.levels().subList(0, TestMatrix.levels().size() - 1)) {
				RoleSteps steps = RoleSteps.of(role, from, TestMatrix.next(from));
				if (found == null && steps.changed()
					.stream()
					.anyMatch((step) -> step.current() != null && step.next() != null
							&& ItemDiffMarkup.byItem(step.currentDescription(), step.nextDescription()))) {
					found = steps;
				}
			}
		}
		assumeTrue(found != null, "a role whose cells, written as lists, change from a level to the next");
		Document page = Pages.get(this.mvc, "/roles/" + Slugs.of(found.role()) + "/advance?from=" + found.from().slug());
		assertShows(page, found, found.from().name(), found.to().name(), "Not expected at this level", "Not expected at " + found.to().name(),
				"New at " + found.to().name());
		assertThat(page.select("table.table--advance .item-diff")).isNotEmpty();
		assertThat(page.select(".legend").eachText()).contains("Where a description is a list, the two levels are "
				+ "compared item by item: items that " + found.to().name() + " adds are marked as added, items it no "
				+ "longer lists as removed, re-worded items word by word, and unchanged items are counted and folded "
				+ "away.");
	}

	@Test
	void fromTheTopLevelSaysItIsTheTopLevel() {
		Matrix.Level top = TestMatrix.last();
		Document page = Pages.get(this.mvc, PAGE + "?from=" + top.slug());
		assertThat(page.selectFirst("h1").text()).isEqualTo(top.name() + " is the top level");
		assertThat(page.select("main .lede").text()).isEqualTo("There is no level above " + top.name() + " for the role "
				+ ROLE + ". Its page shows everything " + top.name() + " expects of the role.");
		assertThat(page.select("main a[href=/roles/" + Slugs.of(ROLE) + "/levels/" + top.slug() + "]").text())
			.isEqualTo("See what " + top.name() + " expects of the role " + ROLE);
		assertThat(page.select("table")).isEmpty();
	}

	@Test
	void theFormAsksForAnotherStepWithoutScript() {
		Document page = Pages.get(this.mvc, PAGE + "?from=" + TestMatrix.first().slug());
		Element form = page.selectFirst("form.filter");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo(PAGE);
		assertThat(form.select("select[name=from] option").eachAttr("value")).isEqualTo(TestMatrix.levelSlugs());
		assertThat(form.select("select[name=from] option[selected]").attr("value")).isEqualTo(TestMatrix.first().slug());
		assertThat(form.select("select[name=to] option").eachAttr("value"))
			.isEqualTo(Stream.concat(Stream.of(""), TestMatrix.levelSlugs().stream()).toList());
		assertThat(form.select("select[name=to] option[selected]")).isEmpty();
		assertThat(form.select("label").eachText()).contains("Current level", "Target level", "Show required only");
		assertThat(form.select("button[type=submit]")).hasSize(1);
	}

	@Test
	void waysInLeadHereFromTheRoleTheLevelAndTheSkill() {
		String role = Slugs.of(ROLE);
		List<String> stepsUp = RoleSteps.startingLevels().map((level) -> PAGE + "?from=" + level).toList();
		assertThat(stepsUp).isNotEmpty();
		Document profile = Pages.get(this.mvc, "/roles/" + role);
		assertThat(profile.select("#levels-heading + ul a.row-link").eachAttr("href")).isEqualTo(stepsUp);
		assertThat(profile.select("#levels-heading + ul a.row-link").eachText()).isEqualTo(TestMatrix.levels()
			.subList(1, TestMatrix.levels().size())
			.stream()
			.map((level) -> "What to cover to reach " + level.name())
			.toList());
		Element switching = profile.selectFirst("form.filter:has(select[name=to-role])");
		assertThat(switching.attr("action")).isEqualTo(PAGE);
		assertThat(switching.select("select[name=to-role] option").eachText())
			.isEqualTo(TestMatrix.roles().stream().filter((other) -> !other.equals(ROLE)).toList());
		assertThat(switching.select("select[name=from] option").eachAttr("value")).isEqualTo(TestMatrix.levelSlugs());
		assertThat(switching.select("select[name=to-level] option").eachAttr("value")).isEqualTo(TestMatrix.levelSlugs());

		for (Matrix.Level level : TestMatrix.levels()) {
			Document levelPage = Pages.get(this.mvc, "/roles/" + role + "/levels/" + level.slug());
			Matrix.Level next = TestMatrix.next(level);
			assertThat(levelPage.select("main a[href^=" + PAGE + "]").eachAttr("href"))
				.isEqualTo((next != null) ? List.of(PAGE + "?from=" + level.slug()) : List.of());
		}

		TestMatrix.Skill skill = TestMatrix.skillsOf(ROLE).get(0);
		Matrix.Level from = TestMatrix.first();
		Document skillAdvance = Pages.get(this.mvc, skill.path() + "/advance?from=" + from.slug());
		List<String> roles = skill.rolesAdvancing(from.slug(), TestMatrix.next(from).slug());
		assertThat(roles).isNotEmpty();
		assertThat(skillAdvance.select("table.table--advance tbody th a.row-link").eachAttr("href"))
			.isEqualTo(roles.stream().map((each) -> "/roles/" + Slugs.of(each) + "/advance?from=" + from.slug()).toList());
		assertThat(skillAdvance.select("table.table--advance tbody th a.row-link").eachText())
			.containsOnly("Across every skill");
	}

	@Test
	void aBadParameterIsABadRequestThatSaysWhich() {
		String first = TestMatrix.first().slug();
		String top = TestMatrix.last().slug();
		String noLevel = TestMatrix.absentSlug("no-such-level");
		String noRole = TestMatrix.absentSlug("no-such-role");
		String role = Slugs.of(ROLE);
		String other = Slugs.of(RoleSteps.otherRole());
		String levels = String.join(", ", TestMatrix.levelNames());
		assertThat(message(PAGE)).isEqualTo("Choose a level for “from”: one of " + levels + ".");
		assertThat(message(PAGE + "?from=")).isEqualTo("Choose a level for “from”: one of " + levels + ".");
		assertThat(message(PAGE + "?from=" + noLevel))
			.isEqualTo("“" + noLevel + "” is not a level. Choose a level for “from”: one of " + levels + ".");
		assertThat(message(PAGE + "?from=" + first + "&from=" + top)).startsWith("“from” names more than one level.");
		assertThat(message(PAGE + "?from=" + first + "&to=" + noLevel))
			.isEqualTo("“" + noLevel + "” is not a level. Choose a level for “to”: one of " + levels + ".");
		Matrix.Level middle = TestMatrix.middle();
		String above = String.join(", ", TestMatrix.levelNames().subList(TestMatrix.levels().indexOf(middle) + 1,
				TestMatrix.levels().size()));
		assertThat(message(PAGE + "?from=" + middle.slug() + "&to=" + middle.slug())).isEqualTo(middle.name()
				+ " is not above " + middle.name() + ": choose for “to” a level above " + middle.name() + ", one of "
				+ above + ".");
		assertThat(message(PAGE + "?from=" + middle.slug() + "&to=" + first)).startsWith(TestMatrix.first().name()
				+ " is not above " + middle.name() + ":");
		assertThat(message(PAGE + "?from=" + top + "&to=" + first)).isEqualTo(TestMatrix.last().name()
				+ " is the top level: there is no level above it, so “to” cannot name " + TestMatrix.first().name()
				+ ". Leave “to” out.");
		assertThat(message(PAGE + "?from=" + first + "&to-role=" + other))
			.isEqualTo("“to-role” needs “to-level”: switching tracks names both the other role and its level.");
		assertThat(message(PAGE + "?from=" + first + "&to-level=" + first))
			.isEqualTo("“to-level” needs “to-role”: switching tracks names both the other role and its level.");
		assertThat(message(PAGE + "?from=" + first + "&to-role=" + noRole + "&to-level=" + first))
			.isEqualTo("“" + noRole + "” (in “to-role”) is not a role of the matrix.");
		assertThat(message(PAGE + "?from=" + first + "&to-role=&to-level=" + first))
			.isEqualTo("“to-role” is empty: name a role by its slug, such as " + role + ".");
		assertThat(message(PAGE + "?from=" + first + "&to-role=" + other + "&to-role=" + role + "&to-level=" + first))
			.isEqualTo("“to-role” names more than one role: a switch of tracks leads to one.");
		assertThat(message(PAGE + "?from=" + first + "&to-role=" + other + "&to-level=" + noLevel))
			.isEqualTo("“" + noLevel + "” is not a level. Choose a level for “to-level”: one of " + levels + ".");
		assertThat(message(PAGE + "?from=" + first + "&to-role=" + role + "&to-level=" + first))
			.isEqualTo(ROLE + " at " + TestMatrix.first().name()
					+ " is where the page starts: to switch tracks, name another role or another level.");
		assertThat(message(PAGE + "?from=" + first + "&to=" + top + "&to-role=" + other + "&to-level=" + top))
			.isEqualTo("“to” names a higher level of the same role: to switch tracks, name the level in “to-level” "
					+ "with “to-role”, and leave “to” out.");
		assertThat(message(PAGE + "?from=" + first + "&required=all"))
			.isEqualTo("“required” takes one value, “only”, to show required expectations only.");
		assertThat(Pages.get(this.mvc, PAGE + "?from=" + noLevel, 400).select("main a").eachAttr("href"))
			.containsAll(TestMatrix.levelSlugs().stream().map((level) -> PAGE + "?from=" + level).toList());
	}

	@Test
	void anUnknownRoleIsNotFound() {
		String absent = TestMatrix.absentSlug("no-such-role");
		Document page = Pages.get(this.mvc, "/roles/" + absent + "/advance?from=" + TestMatrix.first().slug(), 404);
		assertThat(page.selectFirst("main .lede").text()).isEqualTo("There is no role called “" + absent + "”.");
		Pages.get(this.mvc, "/roles/" + Pages.capitalised(Slugs.of(ROLE)) + "/advance?from=" + TestMatrix.first().slug(),
				404);
	}

	@Test
	void theAnswerIsKeptAndRevalidatedLikeEveryPage() {
		String address = PAGE + "?from=" + TestMatrix.first().slug();
		MvcTestResult first = this.mvc.get().uri(address).exchange();
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).isNotBlank();
		assertThat(this.mvc.get().uri(address).header(HttpHeaders.IF_NONE_MATCH, etag).exchange()).hasStatus(304);
	}

	@Test
	void theSeedsDevOpsEngineerBecomesMandatoryInSecretsManagementAtSenior() {
		TestMatrix.assumeSeed();
		Document page = Pages.get(this.mvc, "/roles/devops-engineer/advance?from=middle");
		assertThat(page.select("main .lede").text()).isEqualTo("1 skill changes: 1 becomes Required, none is new and "
				+ "none is no longer expected; none stays the same.");
		assertThat(page.select(".summary__list--required a").eachText()).containsExactly("Secrets Management");
		assertThat(page.select("table.table--advance tbody tr#vault-secrets .callout--required").text())
			.isEqualTo("Becomes Required");
	}

	/**
	 * The page against the steps: the counts, the skills called out, every group with its skills that change shown
	 * step by step and its unchanged ones folded away.
	 */
	private static void assertShows(Document page, RoleSteps expected, String start, String target,
			String currentAbsent, String nextAbsent, String newText) {
		assertThat(page.select("main .lede").text()).isEqualTo(counts(expected, start, target));
		assertThat(page.select(".summary__list--required a").eachText())
			.isEqualTo(expected.becomingRequired().stream().map((step) -> step.skill().name()).toList());
		assertThat(page.select(".summary__list--required a").eachAttr("href"))
			.isEqualTo(expected.becomingRequired().stream().map((step) -> "#" + step.skill().slug()).toList());
		assertThat(page.select(".summary__list--new a").eachText())
			.isEqualTo(expected.added().stream().map((step) -> step.skill().name()).toList());

		List<String> places = expected.steps().stream().map(RoleSteps.Step::place).distinct().toList();
		assertThat(page.select("section.advance-group > h2").eachText()).isEqualTo(places);
		assertThat(page.select("nav.jump-list a").eachText()).isEqualTo((places.size() > 1) ? places : List.of());
		List<Element> rows = page.select("table.table--advance tbody tr");
		assertThat(rows).extracting((tr) -> tr.selectFirst("th a").text())
			.isEqualTo(expected.changed().stream().map((step) -> step.skill().name()).toList());
		assertThat(rows).extracting((tr) -> tr.id())
			.isEqualTo(expected.changed().stream().map((step) -> step.skill().slug()).toList());
		for (RoleSteps.Step step : expected.changed()) {
			Element tr = page.getElementById(step.skill().slug());
			assertThat(tr.closest("section").selectFirst("h2").text()).isEqualTo(step.place());
			AdvancePageTests.assertStep(tr, step.currentDescription(), step.nextDescription(), currentAbsent, nextAbsent);
			if (step.next() != null) {
				assertThat(tr.select(".step--next .badge").text()).isEqualTo(Pages.badge(step.next()));
			}
			if (step.current() != null) {
				assertThat(tr.select(".step--current .badge").text()).isEqualTo(Pages.badge(step.current()));
			}
			assertThat(tr.select(".callout--required").text())
				.isEqualTo(step.becomesRequired() ? "Becomes Required" : "");
			assertThat(tr.select(".callout--new").text()).isEqualTo(step.current() == null ? newText : "");
		}
		assertThat(page.select("details.unchanged li").eachAttr("id"))
			.isEqualTo(expected.unchanged().stream().map((step) -> step.skill().slug()).toList());
		for (RoleSteps.Step step : expected.unchanged()) {
			Element item = page.getElementById(step.skill().slug());
			assertThat(item.selectFirst("a").text()).isEqualTo(step.skill().name());
			assertThat(item.select(".badge").text()).isEqualTo(Pages.badge(step.next()));
			DescriptionLines.assertShows(item.selectFirst(".description"), step.nextDescription());
		}
		assertThat(page.select("details.unchanged > summary").eachText()).allSatisfy(
				(summary) -> assertThat(summary).matches("1 skill stays the same|\\d+ skills stay the same"));
		boolean anyList = expected.changed()
			.stream()
			.anyMatch((step) -> ItemDiffMarkup.byItem(step.currentDescription(), step.nextDescription()));
		assertThat(page.select(".legend")).hasSize(expected.changed().isEmpty() ? 0 : anyList ? 2 : 1);
		if (!expected.changed().isEmpty()) {
			assertThat(page.select(".legend").first().text()).isEqualTo("Words that " + target
					+ " adds are underlined and marked as added; words it drops are struck through.");
		}
	}

	/** The counts at the top of the page, in its words. */
	private static String counts(RoleSteps steps, String start, String target) {
		int unchanged = steps.unchanged().size();
		if (steps.changed().isEmpty()) {
			return "No skill changes from " + start + " to " + target + "; "
					+ count(unchanged, "no skill has expectations at either", "1 skill stays the same",
							" skills stay the same")
					+ ".";
		}
		return count(steps.changed().size(), "No skill changes", "1 skill changes", " skills change") + ": "
				+ count(steps.becomingRequired().size(), "none becomes Required", "1 becomes Required",
						" become Required")
				+ ", " + count(steps.added().size(), "none is new", "1 is new", " are new") + " and "
				+ count(steps.removed().size(), "none is no longer expected", "1 is no longer expected",
						" are no longer expected")
				+ "; " + count(unchanged, "none stays the same", "1 stays the same", " stay the same") + ".";
	}

	private static String count(int count, String none, String one, String many) {
		return switch (count) {
			case 0 -> none;
			case 1 -> one;
			default -> count + many;
		};
	}

	private String message(String uri) {
		return Pages.get(this.mvc, uri, 400).selectFirst("main .lede").text();
	}

}

package com.skillmatrix.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.skillmatrix.ComparedRoles;
import com.skillmatrix.DataFiles;
import com.skillmatrix.DescriptionLines;
import com.skillmatrix.Pages;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.WebTest;
import com.skillmatrix.loading.Matrix;
import com.skillmatrix.matrix.Slugs;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Roles side by side at one level across the matrix, /roles/compare: every row, cell and difference worked out from
 * the data folder ({@link ComparedRoles}), the filters, the level switch, the form on /roles that leads here, and
 * every bad address.
 */
@WebTest
class RoleComparePageTests {

	private static final ComparedRoles.Choice PAIR = ComparedRoles.richestPair();

	@Autowired
	private MockMvcTester mvc;

	@Test
	void twoRolesThatShareSomeSkillsAndDifferInOthers() {
		assertComparison(PAIR.roles(), PAIR.level());
	}

	@Test
	void sixRolesWithTheMostSkillsAtEveryLevel() {
		List<String> six = ComparedRoles.mostSkills(6);
		assumeTrue(six.size() == 6, "the matrix has fewer than 6 roles");
		for (Matrix.Level level : TestMatrix.levels()) {
			assertComparison(six, level.slug());
		}
	}

	@Test
	void everyCellOfEveryLevelIsShownInItsRolesColumn() {
		List<String> roles = TestMatrix.roles();
		assertThat(roles).hasSizeGreaterThanOrEqualTo(2);
		Set<Matrix.Cell> shown = new HashSet<>();
		for (Matrix.Level level : TestMatrix.levels()) {
			// Every role, six at most to a page, and never one alone.
			for (int from = 0; from < roles.size(); from += 6) {
				int start = Math.min(from, roles.size() - 2);
				List<String> compared = roles.subList(start, Math.min(start + 6, roles.size()));
				Document page = Pages.get(this.mvc, ComparedRoles.page(compared, level.slug()));
				for (ComparedRoles.Row row : ComparedRoles.rows(compared, level.slug())) {
					Element tr = rowOf(page, row.skill().name());
					for (int column = 0; column < compared.size(); column++) {
						Matrix.Cell cell = row.cells().get(column);
						if (cell != null) {
							DescriptionLines.assertShows(tr.select("td").get(column + 1).selectFirst(".description"),
									cell.description());
							shown.add(cell);
						}
					}
				}
			}
		}
		long cells = TestMatrix.skills().stream().mapToLong((skill) -> skill.data().cells().size()).sum();
		assertThat(shown).as("every cell of the matrix").hasSize((int) cells);
	}

	@Test
	void countsSayHowManySkillsAndHowManyDiffer() {
		Document page = Pages.get(this.mvc, ComparedRoles.page(PAIR.roles(), PAIR.level()));
		List<ComparedRoles.Row> rows = ComparedRoles.rows(PAIR.roles(), PAIR.level());
		assertThat(rows).isNotEmpty();
		long differing = rows.stream().filter(ComparedRoles.Row::differs).count();
		assertThat(page.selectFirst("main .lede + p").text())
			.isEqualTo(skillsSentence(rows.size(), PAIR.levelName()) + " " + differSentence(differing));
		assertThat(page.select(".hidden-note")).isEmpty();
	}

	@Test
	void aLevelWhereNoneOfTheRolesHasACellSaysSo() {
		ComparedRoles.Choice empty = null;
		for (Matrix.Level level : TestMatrix.levels()) {
			for (List<String> pair : pairs()) {
				if (empty == null && ComparedRoles.rows(pair, level.slug()).isEmpty()) {
					empty = new ComparedRoles.Choice(pair, level.slug());
				}
			}
		}
		assumeTrue(empty != null, "every two roles of the matrix have a cell at every level");
		Document page = Pages.get(this.mvc, ComparedRoles.page(empty.roles(), empty.level()));
		assertThat(page.selectFirst("main .lede + p").text())
			.isEqualTo("No skill has a cell for any of these roles at " + empty.levelName() + ".");
		assertThat(page.select("table")).isEmpty();
	}

	@Test
	void differencesOnlyKeepsTheSkillsWhereTheRolesDiffer() {
		assertFiltered("differences=only", ComparedRoles.Row::differs, "those where the roles differ.");
	}

	@Test
	void requiredOnlyKeepsTheSkillsRequiredOfAnyRole() {
		assertFiltered("required=only", ComparedRoles.Row::anyRequired, "those required of at least one of the roles.");
	}

	@Test
	void bothFiltersTogether() {
		assertFiltered("differences=only&required=only", (row) -> row.differs() && row.anyRequired(),
				"those where the roles differ and that are required of at least one of them.");
	}

	@Test
	void theLevelSwitchesInPlaceKeepingTheRolesInTheirOrderAndTheFilters() {
		List<String> roles = new ArrayList<>(PAIR.roles());
		Collections.reverse(roles);
		Document page = Pages.get(this.mvc, ComparedRoles.page(roles, PAIR.level(), "required=only"));
		FormElement form = (FormElement) page.selectFirst("form.compare-roles__switch");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo("/roles/compare");
		assertThat(form.select("input[type=hidden][name=roles]").eachAttr("value"))
			.isEqualTo(roles.stream().map(Slugs::of).toList());
		assertThat(form.select("select[name=level] option").eachText()).isEqualTo(TestMatrix.levelNames());
		assertThat(form.select("select[name=level] option[selected]").eachAttr("value")).containsExactly(PAIR.level());
		assertThat(form.select("input[name=required][checked]").eachAttr("value")).containsExactly("only");
		assertThat(form.select("input[name=differences][checked]")).isEmpty();
		assertThat(form.select("label").eachText()).contains("Only the skills where the roles differ",
				"Only the skills required of at least one role");
		for (Matrix.Level level : TestMatrix.levels()) {
			form.select("select[name=level] option").forEach((option) -> option.removeAttr("selected"));
			form.selectFirst("select[name=level] option[value=" + level.slug() + "]").attr("selected", "selected");
			form.selectFirst("input[name=differences]").attr("checked", "checked");
			String submitted = submit(form);
			assertThat(submitted).isEqualTo(ComparedRoles.page(roles, level.slug(), "differences=only", "required=only"));
			Document switched = Pages.get(this.mvc, submitted);
			assertThat(switched.selectFirst("h1").text()).isEqualTo("Roles compared at " + level.name());
			assertThat(skillsShown(switched)).isEqualTo(ComparedRoles.rows(roles, level.slug())
				.stream()
				.filter((row) -> row.differs() && row.anyRequired())
				.map((row) -> row.skill().name())
				.toList());
		}
	}

	@Test
	void theAddressIsThePermalink() {
		String address = ComparedRoles.page(PAIR.roles(), PAIR.level(), "differences=only");
		Document page = Pages.get(this.mvc, address);
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost" + address);
		assertThat(page.select("a[rel=bookmark]").attr("href")).isEqualTo(address);
		assertThat(page.select("a[rel=bookmark]").text()).isEqualTo("Link to this comparison");
		String names = String.join(", ", PAIR.roles());
		assertThat(page.title()).isEqualTo(names + " compared at " + PAIR.levelName() + " – Skill Matrix");
		assertThat(page.select("meta[name=description]").attr("content")).isEqualTo("What " + names
				+ " are each expected to know at " + PAIR.levelName() + ", skill by skill, and where they differ.");
	}

	@Test
	void jumpLinksLeadToEveryGroupOfTheTable() {
		List<String> roles = ComparedRoles.mostSkills(6);
		Document page = Pages.get(this.mvc, ComparedRoles.page(roles, TestMatrix.middle().slug()));
		List<String> places = ComparedRoles.rows(roles, TestMatrix.middle().slug())
			.stream()
			.map(ComparedRoles.Row::place)
			.distinct()
			.toList();
		assertThat(places).isNotEmpty();
		assertThat(page.select("table tbody th[scope=rowgroup]").eachText()).isEqualTo(places);
		List<Element> jumps = page.select("main nav.jump-list a");
		if (places.size() == 1) {
			assertThat(jumps).as("one group needs no jump list").isEmpty();
			return;
		}
		assertThat(jumps).extracting(Element::text).isEqualTo(places);
		for (Element jump : jumps) {
			Element target = page.getElementById(jump.attr("href").substring(1));
			assertThat(target).as(jump.attr("href")).isNotNull();
			assertThat(target.text()).isEqualTo(jump.text());
		}
	}

	@Test
	void theLongComparisonScrollsInItsOwnNamedRegion() {
		Document page = Pages.get(this.mvc, ComparedRoles.page(PAIR.roles(), PAIR.level()));
		Element region = page.selectFirst("div.table-scroll");
		assertThat(region.attr("role")).isEqualTo("region");
		assertThat(region.attr("tabindex")).isEqualTo("0");
		assertThat(page.getElementById(region.attr("aria-labelledby")).tagName()).isEqualTo("caption");
		assertThat(region.selectFirst("table caption").text())
			.isEqualTo(String.join(", ", PAIR.roles()) + " at " + PAIR.levelName() + ", skill by skill");
	}

	@Test
	void seedComparesARoleWithOneNotExpectedAtJunior() {
		TestMatrix.assumeSeed();
		Document page = Pages.get(this.mvc, "/roles/compare?roles=devops-engineer&roles=engineering-manager&level=junior");
		Element row = rowOf(page, "Secrets Management");
		assertThat(row.select("td").get(0).text()).isEqualTo("Only DevOps Engineer has it");
		assertThat(row.select("td").get(2).text()).isEqualTo("Not expected");
		assertThat(page.selectFirst("main .lede + p").text()).isEqualTo(
				"1 skill has a cell for at least one of these roles at Junior. The roles differ in 1 of them.");
	}

	@Test
	void theFormOnTheRolesPageStartsAComparison() {
		Document roles = Pages.get(this.mvc, "/roles");
		FormElement form = (FormElement) roles.getElementById("compare-roles");
		assertThat(form).isNotNull();
		assertThat(roles.select("main a[href=#compare-roles]").text()).isEqualTo("Compare 2 to 6 roles side by side");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo("/roles/compare");
		assertThat(form.select("input[type=checkbox][name=roles] + label").eachText()).isEqualTo(TestMatrix.roles());
		assertThat(form.select("input[type=checkbox][name=roles]").eachAttr("value"))
			.isEqualTo(TestMatrix.roles().stream().map(Slugs::of).toList());
		assertThat(form.select("input[checked]")).isEmpty();
		assertThat(form.select("select[name=level] option").eachText()).isEqualTo(TestMatrix.levelNames());
		for (String role : PAIR.roles()) {
			form.selectFirst("input[value=" + Slugs.of(role) + "]").attr("checked", "checked");
		}
		form.selectFirst("select[name=level] option[value=" + PAIR.level() + "]").attr("selected", "selected");
		// The form sends the level, then the roles ticked, in the order of the list: by name.
		List<String> byName = TestMatrix.roles().stream().filter(PAIR.roles()::contains).toList();
		String submitted = submit(form);
		assertThat(submitted).isEqualTo("/roles/compare?level=" + PAIR.level() + "&"
				+ byName.stream().map((role) -> "roles=" + Slugs.of(role)).collect(Collectors.joining("&")));
		Document page = Pages.get(this.mvc, submitted);
		assertThat(page.select("table thead th[scope=col]").eachText())
			.isEqualTo(Stream.concat(Stream.of("Skill", "How they differ"), byName.stream()).toList());
	}

	@Test
	void withoutAChoiceThePageOffersThePicker() {
		Document page = Pages.get(this.mvc, "/roles/compare");
		assertThat(page.selectFirst("h1").text()).isEqualTo("Compare roles across the matrix");
		assertThat(page.select("table, .error-summary")).isEmpty();
		assertThat(page.select("form#compare-roles input[type=checkbox]")).hasSize(TestMatrix.roles().size());
		assertThat(page.title()).isEqualTo("Compare roles – Skill Matrix");
		Matrix.Level level = TestMatrix.last();
		assertThat(Pages.get(this.mvc, "/roles/compare?level=" + level.slug())
			.select("form#compare-roles option[selected]")
			.eachAttr("value")).containsExactly(level.slug());
	}

	@Test
	void oneRoleIsABadRequestShownInThePicker() {
		String role = PAIR.roles().get(0);
		Document page = Pages.get(this.mvc, ComparedRoles.page(List.of(role), PAIR.level()), 400);
		assertThat(mistakes(page)).containsExactly("Choose at least 2 roles to compare: this choice has 1.");
		Element summary = page.selectFirst(".error-summary");
		assertThat(summary.tagName()).as("a region named by its heading").isEqualTo("section");
		assertThat(summary.selectFirst("h2").id()).isEqualTo(summary.attr("aria-labelledby"));
		assertThat(page.select("form#compare-roles input[checked]").eachAttr("value")).containsExactly(Slugs.of(role));
		assertThat(page.select("form#compare-roles option[selected]").eachAttr("value")).containsExactly(PAIR.level());
		assertThat(page.select("table")).isEmpty();
	}

	@Test
	void sevenRolesIsABadRequest() {
		List<String> seven = ComparedRoles.mostSkills(7);
		assumeTrue(seven.size() == 7, "the matrix has fewer than 7 roles");
		Document page = Pages.get(this.mvc, ComparedRoles.page(seven, PAIR.level()), 400);
		assertThat(mistakes(page)).containsExactly("Choose at most 6 roles to compare: this choice has 7.");
		assertThat(page.select(".error-summary a")).as("seven roles are no comparison to keep").isEmpty();
		assertThat(page.select("form#compare-roles input[checked]")).hasSize(7);
	}

	@Test
	void unknownRoleIsNamedAndTheValidPartKept() {
		String unknown = TestMatrix.absentSlug("no-such-role");
		Document page = Pages.get(this.mvc, "/roles/compare?roles=" + Slugs.of(PAIR.roles().get(0)) + "&roles="
				+ unknown + "&roles=" + Slugs.of(PAIR.roles().get(1)) + "&level=" + PAIR.level(), 400);
		assertThat(mistakes(page)).containsExactly("“" + unknown + "” is not a role of the matrix.");
		assertThat(page.select(".error-summary a").attr("href"))
			.isEqualTo(ComparedRoles.page(PAIR.roles(), PAIR.level()));
		assertThat(page.select(".error-summary a").text()).isEqualTo("Compare the valid part of this choice");
		assertThat(Pages.get(this.mvc, "/roles/compare?roles=" + Pages.capitalised(Slugs.of(PAIR.roles().get(0)))
				+ "&roles=" + Slugs.of(PAIR.roles().get(1)) + "&level=" + PAIR.level(), 400)
			.select(".error-summary li")
			.eachText()).as("slugs are case-sensitive").hasSize(1);
	}

	@Test
	void repeatedOrEmptyRoleIsABadRequest() {
		String role = PAIR.roles().get(0);
		Document repeated = Pages.get(this.mvc, ComparedRoles.page(List.of(role, role), PAIR.level()), 400);
		assertThat(mistakes(repeated)).containsExactly(role + " is chosen more than once.");
		Document empty = Pages.get(this.mvc, "/roles/compare?roles=&roles=" + Slugs.of(role) + "&level=" + PAIR.level(),
				400);
		assertThat(mistakes(empty)).containsExactly("A role in the choice is empty.");
	}

	@Test
	void missingUnknownOrRepeatedLevelIsABadRequestThatListsTheLevels() {
		String levels = String.join(", ", TestMatrix.levelNames());
		Document missing = Pages.get(this.mvc, ComparedRoles.page(PAIR.roles(), null), 400);
		assertThat(message(missing)).isEqualTo("Choose a level for “level”: one of " + levels + ".");
		assertThat(missing.select("main .link-list a").eachAttr("href")).isEqualTo(TestMatrix.levelSlugs()
			.stream()
			.map((level) -> ComparedRoles.page(PAIR.roles(), level))
			.toList());
		String unknown = TestMatrix.absentSlug("no-such-level");
		assertThat(message(Pages.get(this.mvc, ComparedRoles.page(PAIR.roles(), unknown), 400)))
			.isEqualTo("“" + unknown + "” is not a level. Choose a level for “level”: one of " + levels + ".");
		assertThat(message(Pages.get(this.mvc,
				ComparedRoles.page(PAIR.roles(), PAIR.level(), "level=" + TestMatrix.first().slug()), 400)))
			.isEqualTo("“level” names more than one level. Choose one of " + levels + ".");
		assertThat(message(Pages.get(this.mvc, ComparedRoles.page(PAIR.roles(), ""), 400)))
			.isEqualTo("Choose a level for “level”: one of " + levels + ".");
	}

	@Test
	void badFilterValuesAreBadRequests() {
		assertThat(message(Pages.get(this.mvc, ComparedRoles.page(PAIR.roles(), PAIR.level(), "differences=yes"), 400)))
			.isEqualTo("“differences” takes one value, “only”, to show only the skills where the roles differ.");
		assertThat(message(Pages.get(this.mvc,
				ComparedRoles.page(PAIR.roles(), PAIR.level(), "differences=only", "differences=only"), 400)))
			.isEqualTo("“differences” takes one value, “only”, to show only the skills where the roles differ.");
		assertThat(message(Pages.get(this.mvc, ComparedRoles.page(PAIR.roles(), PAIR.level(), "required=all"), 400)))
			.isEqualTo("“required” takes one value, “only”, to show required expectations only.");
	}

	@Test
	void everyLanguageSaysTheComparisonInItsOwnWords() {
		String address = ComparedRoles.page(PAIR.roles(), PAIR.level());
		assertThat(Pages.get(this.mvc, address + "&lang=de").selectFirst("table thead th").text()).isEqualTo("Fähigkeit");
		assertThat(Pages.get(this.mvc, address + "&lang=zh").selectFirst("table thead th").text()).isEqualTo("技能");
		assertThat(message(Pages.get(this.mvc, ComparedRoles.page(PAIR.roles(), PAIR.level(), "differences=x", "lang=de"),
				400))).startsWith("„differences“");
	}

	private void assertComparison(List<String> roles, String level) {
		List<ComparedRoles.Row> rows = ComparedRoles.rows(roles, level);
		Document page = Pages.get(this.mvc, ComparedRoles.page(roles, level));
		String levelName = DataFiles.levelName(level);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Roles compared at " + levelName);
		if (rows.isEmpty()) {
			assertThat(page.select("table")).isEmpty();
			return;
		}
		Element table = page.selectFirst("table.table--compare-roles");
		assertThat(table.select("thead th[scope=col]").eachText())
			.isEqualTo(Stream.concat(Stream.of("Skill", "How they differ"), roles.stream()).toList());
		assertThat(table.select("thead th a").eachAttr("href"))
			.isEqualTo(roles.stream().map((role) -> "/roles/" + Slugs.of(role) + "/levels/" + level).toList());
		assertThat(skillsShown(page)).isEqualTo(rows.stream().map((row) -> row.skill().name()).toList());
		for (ComparedRoles.Row row : rows) {
			Element tr = rowOf(page, row.skill().name());
			assertThat(tr.selectFirst("th[scope=row] a").attr("href"))
				.isEqualTo("/skills/" + row.skill().slug() + "/levels/" + level);
			assertThat(tr.previousElementSiblings().select("th[scope=rowgroup]").text()).isEqualTo(row.place());
			List<Element> cells = tr.select("td");
			assertThat(cells).hasSize(roles.size() + 1);
			assertThat(cells.get(0).select("li").eachText().isEmpty() ? List.of(cells.get(0).text())
					: cells.get(0).select("li").eachText()).as(row.skill().name()).isEqualTo(row.differences());
			for (int column = 0; column < roles.size(); column++) {
				Matrix.Cell cell = row.cells().get(column);
				Element td = cells.get(column + 1);
				assertThat(td.select(".badge, .not-expected").text()).as(row.skill().name() + ", " + roles.get(column))
					.isEqualTo(Pages.badge(cell));
				if (cell == null) {
					assertThat(td.select(".description")).isEmpty();
				}
				else {
					DescriptionLines.assertShows(td.selectFirst(".description"), cell.description());
				}
			}
		}
	}

	private void assertFiltered(String filter, Predicate<ComparedRoles.Row> kept, String which) {
		List<ComparedRoles.Row> rows = ComparedRoles.rows(PAIR.roles(), PAIR.level());
		assertThat(rows).isNotEmpty();
		List<String> expected = rows.stream().filter(kept).map((row) -> row.skill().name()).toList();
		Document page = Pages.get(this.mvc, ComparedRoles.page(PAIR.roles(), PAIR.level(), filter));
		assertThat(skillsShown(page)).isEqualTo(expected);
		assertThat(page.selectFirst(".hidden-note").text()).isEqualTo(shownSentence(expected.size()) + which);
		long differing = rows.stream().filter(ComparedRoles.Row::differs).count();
		assertThat(page.selectFirst("main .lede + p").text()).as("the counts are of the whole comparison")
			.isEqualTo(skillsSentence(rows.size(), PAIR.levelName()) + " " + differSentence(differing));
	}

	/** Every two roles of the matrix, by name. */
	private static List<List<String>> pairs() {
		List<String> roles = TestMatrix.roles();
		List<List<String>> pairs = new ArrayList<>();
		for (int a = 0; a < roles.size(); a++) {
			for (int b = a + 1; b < roles.size(); b++) {
				pairs.add(List.of(roles.get(a), roles.get(b)));
			}
		}
		return pairs;
	}

	/** What a form sends, as a browser builds its address: its action, then each field it sends, in order. */
	private static String submit(FormElement form) {
		return form.attr("action") + "?" + form.formData()
			.stream()
			.map((field) -> field.key() + "=" + field.value())
			.collect(Collectors.joining("&"));
	}

	private static List<String> skillsShown(Document page) {
		return page.select("table tbody th[scope=row]").eachText();
	}

	private static Element rowOf(Document page, String skill) {
		return page.select("table tbody tr")
			.stream()
			.filter((tr) -> tr.selectFirst("th[scope=row]") != null && tr.selectFirst("th[scope=row]").text().equals(skill))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row of " + skill));
	}

	private static List<String> mistakes(Document page) {
		return page.select(".error-summary li").eachText();
	}

	private static String message(Document page) {
		return page.selectFirst("main .lede").text();
	}

	private static String skillsSentence(long skills, String level) {
		if (skills == 0) {
			return "No skill has a cell for any of these roles at " + level + ".";
		}
		return (skills == 1) ? "1 skill has a cell for at least one of these roles at " + level + "."
				: skills + " skills have a cell for at least one of these roles at " + level + ".";
	}

	private static String differSentence(long differing) {
		return "The roles differ in " + ((differing == 0) ? "none" : String.valueOf(differing)) + " of them.";
	}

	private static String shownSentence(long shown) {
		if (shown == 0) {
			return "No skill is shown: ";
		}
		return (shown == 1) ? "1 skill is shown: " : shown + " skills are shown: ";
	}

}

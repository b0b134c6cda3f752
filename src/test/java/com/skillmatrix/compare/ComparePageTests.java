package com.skillmatrix.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

@WebTest
class ComparePageTests {

	private static final TestMatrix.Skill SKILL = TestMatrix.skill();

	private static final List<String> ROLES = SKILL.roles();

	@Autowired
	private MockMvcTester mvc;

	@Test
	void comparesTwoRoles() {
		// One of them not expected at some level, where the skill has such a role.
		String absent = SKILL.roleAbsentSomewhere().orElse(ROLES.get(0));
		assertComparison(List.of(absent, SKILL.otherRole(absent)));
	}

	@Test
	void comparesThreeRoles() {
		assertComparison(SKILL.threeRoles());
	}

	@Test
	void comparesSixRoles() {
		assumeTrue(ROLES.size() >= 6, SKILL.slug() + " has fewer than 6 roles to compare");
		List<String> six = new ArrayList<>(ROLES.subList(0, 6));
		// Not in the order of the list, since the columns follow the choice.
		Collections.rotate(six, 2);
		assertComparison(six);
	}

	@ParameterizedTest
	@MethodSource("com.skillmatrix.TestMatrix#skillSlugs")
	void everyLineOfEveryDescriptionIsAnElementOfItsOwnExactToTheCharacter(String skill) {
		List<DataFiles.Cell> cells = DataFiles.cells(skill);
		assertThat(cells).isNotEmpty();
		List<String> roles = cells.stream().map(DataFiles.Cell::role).distinct().toList();
		assumeTrue(roles.size() >= 2, skill + " has one role, and nothing to compare it with");
		List<DataFiles.Level> levels = DataFiles.levels();
		Set<DataFiles.Cell> checked = new HashSet<>();
		// Every role, six at most to a page, and never one alone.
		for (int from = 0; from < roles.size(); from += 6) {
			int start = Math.min(from, roles.size() - 2);
			List<String> compared = roles.subList(start, Math.min(start + 6, roles.size()));
			Document page = Pages.get(this.mvc, "/skills/" + skill + "/compare?"
					+ String.join("&", compared.stream().map((role) -> "roles=" + Slugs.of(role)).toList()));
			List<Element> rows = page.select("table.table--compare tbody tr");
			assertThat(rows).hasSameSizeAs(levels);
			for (int level = 0; level < rows.size(); level++) {
				List<Element> columns = rows.get(level).select("td");
				assertThat(columns).hasSameSizeAs(compared);
				for (int column = 0; column < compared.size(); column++) {
					String name = levels.get(level).name();
					String role = compared.get(column);
					DataFiles.Cell cell = cells.stream()
						.filter((each) -> each.level().equals(name) && each.role().equals(role))
						.findFirst()
						.orElse(null);
					if (cell == null) {
						assertThat(columns.get(column).select(".description")).as(role + " at " + name).isEmpty();
						continue;
					}
					DescriptionLines.assertShows(columns.get(column).selectFirst(".description"), cell.description());
					checked.add(cell);
				}
			}
		}
		assertThat(checked).as("every cell").hasSameSizeAs(cells);
	}

	@Test
	void oneLevelOnly() {
		Matrix.Level level = TestMatrix.middle();
		Document page = Pages.get(this.mvc, uri(ROLES.subList(0, 2)) + "&level=" + level.slug());
		assertThat(page.select("table.table--compare tbody th[scope=row]").eachText()).containsExactly(level.name());
		assertThat(page.select("nav.level-links a[aria-current]").text()).isEqualTo(level.name());
		assertThat(page.select("form.filter input[name=level]").attr("value")).isEqualTo(level.slug());
	}

	@Test
	void pickerRoundTripsTheChoice() {
		List<String> roles = SKILL.threeRoles();
		Document page = Pages.get(this.mvc, uri(roles));
		Element form = page.selectFirst("form.filter");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo(SKILL.path() + "/compare");
		assertThat(form.select("input[type=checkbox][name=roles]")).hasSize(ROLES.size());
		assertThat(form.select("input[type=checkbox][name=roles][checked]").eachAttr("value"))
			.containsExactlyInAnyOrderElementsOf(roles.stream().map(Slugs::of).toList());
		String submitted = SKILL.path() + "/compare?" + String.join("&",
				form.select("input[name=roles][checked]").eachAttr("value").stream().map((v) -> "roles=" + v).toList());
		Document again = Pages.get(this.mvc, submitted);
		assertThat(again.select("table.table--compare thead th[scope=col] a").eachText())
			.containsExactlyInAnyOrderElementsOf(roles);
	}

	@Test
	void pickerGroupsRolesByTheLevelFromWhichTheSkillIsRequired() {
		Document page = Pages.get(this.mvc, SKILL.path() + "/compare");
		List<String> legends = new ArrayList<>();
		List<List<String>> groups = new ArrayList<>();
		for (Matrix.Level level : TestMatrix.levels()) {
			List<String> roles = ROLES.stream().filter((role) -> level.equals(SKILL.requiredFrom(role))).toList();
			if (!roles.isEmpty()) {
				legends.add("Required from " + level.name());
				groups.add(roles);
			}
		}
		List<String> never = ROLES.stream().filter((role) -> SKILL.requiredFrom(role) == null).toList();
		if (!never.isEmpty()) {
			legends.add("Optional at every level");
			groups.add(never);
		}
		assertThat(page.select("form.filter fieldset.checkboxes legend").eachText()).isEqualTo(legends);
		assertThat(page.select("form.filter fieldset.checkboxes"))
			.extracting((fieldset) -> fieldset.select("label").eachText())
			.isEqualTo(groups);
	}

	@Test
	void seedPickerGroupsRequiredFromJuniorAndFromSenior() {
		TestMatrix.assumeSeed();
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/compare");
		assertThat(page.select("form.filter fieldset.checkboxes legend").eachText())
			.containsExactly("Required from Junior", "Required from Senior", "Optional at every level");
		assertThat(page.select("form.filter fieldset.checkboxes").get(0).select("label").eachText())
			.containsExactly("Application Security Engineer", "DevSecOps Engineer", "Security Analyst");
		assertThat(page.select("form.filter fieldset.checkboxes").get(2).select("label").eachText()).hasSize(7)
			.contains("Release Engineer");
	}

	@Test
	void withoutAChoiceThePageOffersThePicker() {
		Document page = Pages.get(this.mvc, SKILL.path() + "/compare");
		assertThat(page.select("table")).isEmpty();
		assertThat(page.select(".error-summary")).isEmpty();
		assertThat(page.select("form.filter input[checked]")).isEmpty();
		assertThat(page.title()).isEqualTo("Compare roles in " + SKILL.name() + " – Skill Matrix");
	}

	@Test
	void requiredOnlyHidesOptionalExpectationsAndCountsThem() {
		List<String> roles = SKILL.threeRoles();
		List<Matrix.Cell> cells = roles.stream()
			.flatMap((role) -> SKILL.cellsOf(role).stream())
			.filter(Objects::nonNull)
			.toList();
		long required = cells.stream().filter(Matrix.Cell::required).count();
		long optional = cells.size() - required;
		Document page = Pages.get(this.mvc, uri(roles) + "&required=only");
		assertThat(page.select("table.table--compare .badge").eachText()).hasSize((int) required)
			.allMatch("Required"::equals);
		assertThat(page.select("table.table--compare .hidden-cell").eachText()).hasSize((int) optional)
			.allMatch("Optional, hidden"::equals);
		assertThat(page.select(".hidden-note").text()).isEqualTo(Pages.hiddenNote(optional));
		assertThat(page.select("a.switch").text()).isEqualTo("Show all expectations");
		assertThat(page.select("a.switch").attr("href")).isEqualTo(uri(roles));
		assertThat(page.select("form.filter input[name=required]").attr("value")).isEqualTo("only");
	}

	@Test
	void seedRequiredOnlyHidesFiveOfThreeRoles() {
		TestMatrix.assumeSeed();
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/compare?roles=devops-engineer"
				+ "&roles=cloud-engineer&roles=technical-lead&required=only");
		assertThat(page.select("table.table--compare .badge").eachText()).hasSize(9).containsOnly("Required");
		assertThat(page.select("table.table--compare .hidden-cell").eachText()).hasSize(5)
			.containsOnly("Optional, hidden");
		assertThat(page.select(".hidden-note").text()).isEqualTo("5 optional expectations are hidden.");
	}

	@Test
	void tooFewRolesIsABadRequest() {
		String role = Slugs.of(ROLES.get(0));
		Document page = Pages.get(this.mvc, SKILL.path() + "/compare?roles=" + role, 400);
		assertThat(page.select(".error-summary li").eachText())
			.containsExactly("Choose at least 2 roles to compare: this choice has 1.");
		Element summary = page.selectFirst(".error-summary");
		assertThat(summary.tagName()).as("a region named by its heading").isEqualTo("section");
		assertThat(summary.selectFirst("h2").id()).isEqualTo(summary.attr("aria-labelledby"));
		assertThat(page.select("form.filter input[checked]").eachAttr("value")).containsExactly(role);
	}

	@Test
	void tooManyRolesIsABadRequestThatKeepsNothingItCannotShow() {
		assumeTrue(ROLES.size() >= 7, SKILL.slug() + " has fewer than 7 roles to choose");
		Document page = Pages.get(this.mvc, uri(ROLES.subList(0, 7)), 400);
		assertThat(page.select(".error-summary li").eachText())
			.containsExactly("Choose at most 6 roles to compare: this choice has 7.");
		assertThat(page.select(".error-summary a")).isEmpty();
		assertThat(page.select("form.filter input[checked]")).hasSize(7);
	}

	@Test
	void unknownAndRepeatedRolesAreNamedAndTheValidPartIsKept() {
		String first = Slugs.of(ROLES.get(0));
		String second = ROLES.get(1);
		Document page = Pages.get(this.mvc, SKILL.path() + "/compare?roles=" + first + "&roles=" + TestMatrix.absentSlug("no-such-role") + "&roles="
				+ Slugs.of(second) + "&roles=" + Slugs.of(second), 400);
		assertThat(page.select(".error-summary li").eachText()).containsExactly(
				"“" + TestMatrix.absentSlug("no-such-role") + "” is not a role of " + SKILL.name() + ".", second + " is chosen more than once.");
		assertThat(page.select(".error-summary a").attr("href"))
			.isEqualTo(SKILL.path() + "/compare?roles=" + first + "&roles=" + Slugs.of(second));
		assertThat(page.select("table")).isEmpty();
	}

	@Test
	void emptyRoleIsABadRequest() {
		Document page = Pages.get(this.mvc, SKILL.path() + "/compare?roles=&roles=" + Slugs.of(ROLES.get(0)), 400);
		assertThat(page.select(".error-summary li").eachText()).containsExactly("A role in the choice is empty.");
	}

	@Test
	void badLevelOrSwitchIsABadRequest() {
		Pages.get(this.mvc, uri(ROLES.subList(0, 2)) + "&level=" + TestMatrix.absentSlug("no-such-level"), 400);
		Pages.get(this.mvc, uri(ROLES.subList(0, 2)) + "&required=yes", 400);
		Pages.get(this.mvc, "/skills/" + TestMatrix.absentSlug() + "/compare?roles=a&roles=b", 404);
	}

	@Test
	void overviewLevelPageAndRoleDetailsStartAComparison() {
		String compare = SKILL.path() + "/compare";
		Matrix.Level level = TestMatrix.previous(TestMatrix.last());
		assertThat(Pages.get(this.mvc, SKILL.path()).select("a[href=" + compare + "]").text())
			.isEqualTo("Compare roles side by side");
		assertThat(Pages.get(this.mvc, SKILL.path() + "/levels/" + level.slug())
			.select("a[href=" + compare + "?level=" + level.slug() + "]")
			.text()).isEqualTo("Compare roles at " + level.name());
		String role = Slugs.of(SKILL.mainRole());
		Element form = Pages.get(this.mvc, SKILL.path() + "/roles/" + role).selectFirst("form.compare-with");
		assertThat(form.attr("action")).isEqualTo(compare);
		assertThat(form.select("input[type=hidden][name=roles]").attr("value")).isEqualTo(role);
		assertThat(form.select("select[name=roles] option")).hasSize(ROLES.size() - 1);
	}

	private void assertComparison(List<String> roles) {
		Document page = Pages.get(this.mvc, uri(roles));
		Element table = page.selectFirst("table.table--compare");
		assertThat(table.select("thead th[scope=col]").eachText())
			.isEqualTo(Stream.concat(Stream.of("Level"), roles.stream()).toList());
		assertThat(table.select("thead th a").eachAttr("href"))
			.isEqualTo(roles.stream().map((role) -> SKILL.path() + "/roles/" + Slugs.of(role)).toList());
		List<Element> rows = table.select("tbody tr");
		assertThat(rows).extracting((row) -> row.selectFirst("th").text()).isEqualTo(TestMatrix.levelNames());
		for (int level = 0; level < rows.size(); level++) {
			List<Element> cells = rows.get(level).select("td");
			for (int column = 0; column < roles.size(); column++) {
				Matrix.Cell expected = SKILL.cell(roles.get(column), TestMatrix.levelSlugs().get(level));
				Element cell = cells.get(column);
				if (expected == null) {
					assertThat(cell.text()).isEqualTo("Not expected at this level");
				}
				else {
					assertThat(cell.select(".badge").text()).isEqualTo(Pages.badge(expected));
					DescriptionLines.assertShows(cell.selectFirst(".description"),
							DataFiles.cell(SKILL.slug(), TestMatrix.levelSlugs().get(level), roles.get(column)).description());
				}
			}
		}
	}

	private static String uri(List<String> roles) {
		return SKILL.path() + "/compare?"
				+ String.join("&", roles.stream().map((role) -> "roles=" + Slugs.of(role)).toList());
	}

}

package com.skillmatrix.advance;

import java.util.List;
import java.util.stream.Stream;

import com.skillmatrix.DataFiles;
import com.skillmatrix.ItemDiffMarkup;
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
class AdvancePageTests {

	private static final TestMatrix.Skill SKILL = TestMatrix.skill();

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@MethodSource("com.skillmatrix.TestMatrix#skillSteps")
	void showsEveryNextLevelDescriptionExactly(String slug, String from) {
		TestMatrix.Skill skill = TestMatrix.skill(slug);
		Matrix.Level to = TestMatrix.next(TestMatrix.level(from));
		Document page = Pages.get(this.mvc, skill.path() + "/advance?from=" + from);
		List<String> roles = skill.rolesAdvancing(from, to.slug());
		assertThat(page.select("table.table--advance tbody th[scope=row] a:not(.row-link)").eachText()).isEqualTo(roles);
		assertThat(roles).isNotEmpty();
		for (String role : roles) {
			Element tr = rowOf(page, role);
			Matrix.Cell next = skill.cell(role, to.slug());
			Matrix.Cell current = skill.cell(role, from);
			assertStep(tr, (current != null) ? current.description() : null,
					(next != null) ? next.description() : null, to.name());
			if (next != null) {
				assertThat(tr.select(".step--next .badge").text()).isEqualTo(Pages.badge(next));
			}
		}
		assertThat(page.select(".legend").eachText()).hasSize(roles.stream().anyMatch((role) -> {
			Matrix.Cell current = skill.cell(role, from);
			Matrix.Cell next = skill.cell(role, to.slug());
			return ItemDiffMarkup.byItem((current != null) ? current.description() : null,
					(next != null) ? next.description() : null);
		}) ? 2 : 1);
	}

	/**
	 * A role's row against its two descriptions: one line each, both shown exactly with the words marked; a list on
	 * either side, the current description shown line by line and the next one compared with it item by item.
	 */
	static void assertStep(Element tr, String current, String next, String toName) {
		assertStep(tr, current, next, "Not expected at this level", "Not expected at " + toName);
	}

	/** The same, with the words that say where the current or the next cell is not expected. */
	static void assertStep(Element tr, String current, String next, String currentAbsent, String nextAbsent) {
		if (next == null) {
			assertThat(tr.select(".step--next").text()).isEqualTo(nextAbsent);
		}
		if (current == null) {
			assertThat(tr.select(".step--current").text()).isEqualTo(currentAbsent);
		}
		if (!ItemDiffMarkup.byItem(current, next)) {
			if (next != null) {
				assertThat(Pages.visible(tr.selectFirst(".step--next p.description")).wholeText()).isEqualTo(next);
			}
			if (current != null) {
				assertThat(Pages.visible(tr.selectFirst(".step--current p.description")).wholeText())
					.isEqualTo(current);
			}
			assertThat(tr.select(".item-diff")).isEmpty();
			return;
		}
		if (current != null) {
			Element shown = tr.selectFirst(".step--current div.description");
			assertThat(shown.select("ins, del")).as("the current description is shown as it is").isEmpty();
			if (DescriptionLines.isList(current)) {
				assertThat(shown.select("li, .description__line").stream().map(Element::wholeText).toList())
					.isEqualTo(DescriptionLines.texts(current));
			}
			else {
				assertThat(shown.wholeText()).isEqualTo(current);
			}
		}
		if (next != null) {
			ItemDiffMarkup.assertItems(tr.selectFirst(".step--next div.description.item-diff"), current, next);
		}
	}

	@ParameterizedTest
	@MethodSource("com.skillmatrix.TestMatrix#skillSteps")
	void summaryNamesTheRolesThatBecomeRequiredAndTheNewOnes(String slug, String from) {
		TestMatrix.Skill skill = TestMatrix.skill(slug);
		Matrix.Level level = TestMatrix.level(from);
		Matrix.Level to = TestMatrix.next(level);
		Document page = Pages.get(this.mvc, skill.path() + "/advance?from=" + from);
		assertThat(page.selectFirst("h1").text())
			.isEqualTo("What to cover to advance from " + level.name() + " to " + to.name());
		assertThat(page.select("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost" + skill.path() + "/advance?from=" + from);
		String first = page.selectFirst("table.table--advance tbody th a").text();
		assertThat(rowOf(page, first).selectFirst("th a").attr("href"))
			.isEqualTo(skill.path() + "/roles/" + Slugs.of(first) + "?level=" + from);
		List<String> required = skill.roles().stream().filter((role) -> {
			Matrix.Cell current = skill.cell(role, from);
			Matrix.Cell next = skill.cell(role, to.slug());
			return current != null && !current.required() && next != null && next.required();
		}).toList();
		List<String> newRoles = skill.roles()
			.stream()
			.filter((role) -> skill.cell(role, from) == null && skill.cell(role, to.slug()) != null)
			.toList();
		assertThat(page.select(".summary__list--required a").eachText()).isEqualTo(required);
		assertThat(page.select("tbody tr:has(.callout--required) th a:not(.row-link)").eachText()).isEqualTo(required);
		assertThat(page.select(".summary p").eachText()).first().isEqualTo(switch (required.size()) {
			case 0 -> "No role becomes Required at " + to.name() + ".";
			case 1 -> "1 role becomes Required at " + to.name() + ":";
			default -> required.size() + " roles become Required at " + to.name() + ":";
		});
		assertThat(page.select(".summary__list--new a").eachText()).isEqualTo(newRoles);
		if (!newRoles.isEmpty()) {
			assertThat(page.select(".summary").text()).contains((newRoles.size() == 1) ? "1 role is new at " + to.name()
					+ ":" : newRoles.size() + " roles are new at " + to.name() + ":");
		}
		assertThat(page.select("tbody tr:has(.callout--new) th a:not(.row-link)").eachText()).isEqualTo(newRoles);
		for (String role : newRoles) {
			assertThat(rowOf(page, role).select(".callout--new").text()).isEqualTo("New at " + to.name());
		}
	}

	@Test
	void seedFromMiddleToSeniorEightRolesBecomeRequired() {
		TestMatrix.assumeSeed();
		Document page = Pages.get(this.mvc, "/skills/vault-secrets/advance?from=middle");
		assertThat(page.selectFirst("h1").text()).isEqualTo("What to cover to advance from Middle to Senior");
		assertThat(page.select("link[rel=canonical]").attr("href"))
			.isEqualTo("http://localhost/skills/vault-secrets/advance?from=middle");
		assertThat(rowOf(page, "DevOps Engineer").selectFirst("th a").attr("href"))
			.isEqualTo("/skills/vault-secrets/roles/devops-engineer?level=middle");
		List<String> required = List.of("Cloud Engineer", "Database Engineer / DBA", "DevOps Engineer",
				"Engineering Manager", "Infrastructure Engineer", "Platform Engineer", "Site Reliability Engineer (SRE)",
				"Technical Lead");
		assertThat(page.select(".summary__list--required a").eachText()).isEqualTo(required);
		assertThat(page.select(".summary").text()).contains("8 roles become Required at Senior:",
				"1 role is new at Senior:");
		assertThat(page.select("tbody tr:has(.callout--required) th a:not(.row-link)").eachText()).isEqualTo(required);
		assertThat(page.select(".summary__list--new a").eachText()).containsExactly("Solutions Architect");
		assertThat(rowOf(page, "Solutions Architect").select(".callout--new").text()).isEqualTo("New at Senior");
	}

	@Test
	void addedWordsAreMarkedForEveryoneAndRemovedOnesStayAvailable() {
		Matrix.Level from = TestMatrix.first();
		String role = Stream.concat(Stream.of(SKILL.mainRole()), SKILL.roles().stream()).filter((name) -> {
			Matrix.Cell current = SKILL.cell(name, from.slug());
			Matrix.Cell next = SKILL.cell(name, TestMatrix.next(from).slug());
			return current != null && next != null
					&& !ItemDiffMarkup.byItem(current.description(), next.description())
					&& !current.description().equals(next.description());
		}).findFirst().orElse(null);
		assumeTrue(role != null, "a role whose description of one line changes from the lowest level to the next");
		Element row = rowOf(Pages.get(this.mvc, SKILL.path() + "/advance?from=" + from.slug()), role);
		assertThat(row.select(".step--next ins")).isNotEmpty()
			.allSatisfy((ins) -> assertThat(ins.selectFirst(".visually-hidden").text()).isEqualTo("added:"));
		assertThat(row.select(".step--current del")).isNotEmpty()
			.allSatisfy((del) -> assertThat(del.selectFirst(".visually-hidden").text()).isEqualTo("removed:"));
		assertThat(row.select(".step--next del")).isEmpty();
	}

	@Test
	void roleParametersNarrowThePage() {
		Matrix.Level from = TestMatrix.first();
		Matrix.Level to = TestMatrix.next(from);
		String present = SKILL.mainRole();
		// A role new at the next level where there is one, so that the narrowed page still calls it new.
		String other = SKILL.roles()
			.stream()
			.filter((role) -> SKILL.cell(role, from.slug()) == null && SKILL.cell(role, to.slug()) != null)
			.findFirst()
			.orElse(SKILL.otherRole(present));
		List<String> chosen = Stream.of(present, other).sorted(DataFiles.NAME_ORDER).toList();
		Document page = Pages.get(this.mvc, SKILL.path() + "/advance?from=" + from.slug() + "&role="
				+ Slugs.of(other) + "&role=" + Slugs.of(present));
		assertThat(page.select("table.table--advance tbody th[scope=row] a:not(.row-link)").eachText()).isEqualTo(chosen);
		assertThat(page.select("form.filter input[name=role][checked]").eachAttr("value"))
			.isEqualTo(chosen.stream().map(Slugs::of).toList());
		assertThat(page.select("form.filter select[name=from] option[selected]").attr("value")).isEqualTo(from.slug());
		assertThat(page.select("main").text()).contains("Showing 2 roles of " + SKILL.roles().size() + ".");
		if (SKILL.cell(other, from.slug()) == null) {
			assertThat(rowOf(page, other).select(".callout--new").text()).isEqualTo("New at " + to.name());
		}
	}

	@Test
	void formWorksWithoutScript() {
		Document page = Pages.get(this.mvc,
				SKILL.path() + "/advance?from=" + TestMatrix.previous(TestMatrix.last()).slug());
		Element form = page.selectFirst("form.filter");
		assertThat(form.attr("method")).isEqualTo("get");
		assertThat(form.attr("action")).isEqualTo(SKILL.path() + "/advance");
		assertThat(form.select("select[name=from] option").eachAttr("value")).isEqualTo(TestMatrix.levelSlugs());
		assertThat(form.select("input[type=checkbox][name=role]")).hasSize(SKILL.roles().size());
		assertThat(form.select("label").eachText()).contains(SKILL.mainRole());
		assertThat(form.select("button[type=submit]")).hasSize(1);
	}

	@Test
	void fromTheTopLevelSaysItIsTheTopLevel() {
		Matrix.Level top = TestMatrix.last();
		Document page = Pages.get(this.mvc, SKILL.path() + "/advance?from=" + top.slug());
		assertThat(page.selectFirst("h1").text()).isEqualTo(top.name() + " is the top level");
		assertThat(page.select("main a[href=" + SKILL.path() + "/levels/" + top.slug() + "]").text())
			.isEqualTo("See what " + top.name() + " expects of each role");
		assertThat(page.select("table")).isEmpty();
	}

	@Test
	void badFromOrRoleIsABadRequestThatSaysWhich() {
		String advance = SKILL.path() + "/advance";
		String from = "?from=" + TestMatrix.first().slug();
		String role = Slugs.of(SKILL.mainRole());
		assertThat(message(advance)).startsWith("Choose a level for “from”");
		assertThat(message(advance + "?from=")).startsWith("Choose a level for “from”");
		assertThat(message(advance + "?from=" + TestMatrix.absentSlug("no-such-level"))).startsWith("“" + TestMatrix.absentSlug("no-such-level") + "” is not a level.");
		assertThat(message(advance + from + "&from=" + TestMatrix.last().slug())).startsWith("“from” names more");
		assertThat(message(advance + from + "&role=")).isEqualTo(
				"“role” is empty: name a role by its slug, such as " + Slugs.of(SKILL.roles().get(0)) + ".");
		assertThat(message(advance + from + "&role=" + TestMatrix.absentSlug("no-such-role")))
			.isEqualTo("“" + TestMatrix.absentSlug("no-such-role") + "” (in “role”) is not a role of " + SKILL.name() + ".");
		assertThat(message(advance + from + "&role=" + role + "&role=" + role))
			.isEqualTo("“" + role + "” is given more than once in “role”.");
	}

	@Test
	void unknownSkillIsNotFound() {
		Pages.get(this.mvc, "/skills/" + TestMatrix.absentSlug() + "/advance?from=" + TestMatrix.first().slug(), 404);
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

package com.skillmatrix.catalogue;

import java.util.List;

import com.skillmatrix.DataFiles;
import com.skillmatrix.Pages;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.WebTest;
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
class CataloguePageTests {

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@MethodSource("com.skillmatrix.TestMatrix#skillSlugs")
	void showsSkillUnderItsDomainAndCategory(String slug) {
		TestMatrix.Skill skill = TestMatrix.skill(slug);
		Element row = skillRow(Pages.get(this.mvc, "/"), skill);
		Element domain = row.closest("section");
		assertThat(domain.id()).isEqualTo("domain-" + Slugs.of(skill.data().domain()));
		assertThat(domain.selectFirst("h2").text()).isEqualTo(skill.data().domain());
		assertThat(row.closest(".table-scroll").previousElementSiblings().select("h3").stream().limit(1).map(Element::text))
			.isEqualTo(categoryHeadings(skill.data().domain()).isEmpty() ? List.of() : List.of(skill.data().category()));
		Element name = row.selectFirst("th[scope=row]");
		assertThat(name.selectFirst("a").text()).isEqualTo(skill.name());
		assertThat(name.select(".skill-summary").eachText())
			.isEqualTo(skill.data().summary().isBlank() ? List.of() : List.of(skill.data().summary()));
	}

	@ParameterizedTest
	@MethodSource("com.skillmatrix.TestMatrix#skillSlugs")
	void showsSkillFiguresUnderTheirHeadings(String slug) {
		TestMatrix.Skill skill = TestMatrix.skill(slug);
		Element row = skillRow(Pages.get(this.mvc, "/"), skill);
		assertThat(row.closest("table").select("thead th").eachText())
			.containsExactly("Skill", "Roles", "Levels", "Mandatory", "Optional", "Last updated");
		assertThat(row.select("td").eachText()).containsExactly(String.valueOf(skill.roles().size()),
				String.valueOf(skill.levelsWithCells()), String.valueOf(skill.required()),
				String.valueOf(skill.optional()), Pages.date(skill.data().lastUpdated()));
		assertThat(row.selectFirst("time").attr("datetime")).isEqualTo(skill.data().lastUpdated().toString());
	}

	@Test
	void domainsAndTheirCategoriesAreInOrder() {
		List<String> domains = TestMatrix.skills()
			.stream()
			.map((skill) -> skill.data().domain())
			.distinct()
			.sorted(DataFiles.NAME_ORDER)
			.toList();
		Document page = Pages.get(this.mvc, "/");
		assertThat(page.select("section.domain h2").eachText()).isEqualTo(domains);
		for (String domain : domains) {
			assertThat(page.select("section#domain-" + Slugs.of(domain) + " h3").eachText()).as(domain)
				.isEqualTo(categoryHeadings(domain));
		}
	}

	@Test
	void skillsComeByNameWhateverEmojiOrSymbolStartsIt() {
		List<DataFiles.Skill> skills = DataFiles.skillsInPageOrder();
		assertThat(skills).isNotEmpty();
		for (String domain : domains()) {
			Document page = Pages.get(this.mvc, "/domains/" + Slugs.of(domain));
			assertThat(page.select("a.skill-link").eachAttr("href")).as(domain)
				.isEqualTo(skills.stream()
					.filter((skill) -> skill.domain().equals(domain))
					.map((skill) -> "/skills/" + skill.slug())
					.toList());
		}
	}

	@Test
	void everyDomainHasItsCountsAJumpLinkAndItsOwnPage() {
		Document page = Pages.get(this.mvc, "/");
		List<String> domains = domains();
		if (domains.size() > 1) {
			assertThat(page.select("nav.jump-list").first().select("a").eachAttr("href"))
				.isEqualTo(domains.stream().map((domain) -> "#domain-" + Slugs.of(domain)).toList());
		}
		for (String domain : domains) {
			List<TestMatrix.Skill> skills = TestMatrix.skills()
				.stream()
				.filter((skill) -> skill.data().domain().equals(domain))
				.toList();
			String counts = counts(skills);
			Element section = page.selectFirst("section#domain-" + Slugs.of(domain));
			assertThat(section.selectFirst("h2 a").attr("href")).isEqualTo("/domains/" + Slugs.of(domain));
			assertThat(section.selectFirst("p.counts").text()).isEqualTo(counts);

			Document own = Pages.get(this.mvc, "/domains/" + Slugs.of(domain));
			assertThat(own.selectFirst("h1").text()).isEqualTo(domain);
			assertThat(own.selectFirst("main .lede").text()).isEqualTo(counts);
			assertThat(own.select("tbody th[scope=row] a").eachAttr("href"))
				.containsExactlyInAnyOrderElementsOf(skills.stream().map(TestMatrix.Skill::path).toList());
			assertThat(own.select("nav.breadcrumb a").eachAttr("href")).containsExactly("/");
			assertThat(own.select("main h2.category__name").eachText()).as("categories rank right under the page's title")
				.isEqualTo(categoryHeadings(domain));
		}
	}

	@Test
	void skillPagesLeadBackToTheirDomainsPage() {
		TestMatrix.Skill skill = TestMatrix.skill();
		Document page = Pages.get(this.mvc, skill.path());
		assertThat(page.select("nav.breadcrumb a").eachAttr("href")).contains("/domains/" + Slugs.of(skill.data().domain()));
	}

	@Test
	void anUnknownDomainIsNotFoundAndLinksToTheRealOnes() {
		Document page = Pages.get(this.mvc, "/domains/" + TestMatrix.absentSlug("no-such-domain"), 404);
		assertThat(page.selectFirst("main .lede").text()).isEqualTo("There is no domain called “" + TestMatrix.absentSlug("no-such-domain") + "”.");
		assertThat(page.select("main .link-list a").eachText()).isEqualTo(domains());
		Pages.get(this.mvc, "/domains/Not%20A%20Slug", 404);
	}

	@Test
	void rolesAreGroupedByInitial() {
		Document page = Pages.get(this.mvc, "/");
		List<String> initials = TestMatrix.roles().stream().map(DataFiles::initial).distinct().toList();
		assertThat(initials).isNotEmpty();
		assertThat(page.select("#roles h3").eachText()).isEqualTo(initials);
		for (String initial : initials) {
			assertThat(page.select("#roles-" + initial + " + ul a").eachText()).as(initial)
				.isEqualTo(TestMatrix.roles().stream().filter((role) -> DataFiles.initial(role).equals(initial)).toList());
		}
	}

	@Test
	void listsEveryRoleWithItsProfileLinkAndItsSkills() {
		Document page = Pages.get(this.mvc, "/");
		List<String> roles = TestMatrix.roles();
		assertThat(page.select("#roles .role-list a").eachText()).isEqualTo(roles);
		assertThat(page.select("#roles .role-list a").eachAttr("href"))
			.isEqualTo(roles.stream().map((role) -> "/roles/" + Slugs.of(role)).toList());
		assertThat(page.select("#roles .role-list__count").eachText()).isEqualTo(roles.stream().map((role) -> {
			int skills = TestMatrix.skillsOf(role).size();
			return (skills == 1) ? "1 skill" : skills + " skills";
		}).toList());
	}

	@Test
	void seedListsTheNineteenRolesOfItsOneSkill() {
		TestMatrix.assumeSeed();
		Document page = Pages.get(this.mvc, "/");
		assertThat(page.select("#roles .role-list a").eachText()).hasSize(19)
			.startsWith("Application Security Engineer", "Backend Developer (C#/.NET)")
			.contains("Site Reliability Engineer (SRE)")
			.endsWith("Technical Lead");
		assertThat(page.select("#roles .role-list a").eachAttr("href")).contains("/roles/site-reliability-engineer",
				"/roles/backend-developer-csharp-dotnet");
		assertThat(page.select("#roles .role-list__count").eachText()).containsOnly("1 skill");
		Element table = page.selectFirst("section#domain-security table");
		assertThat(table.select("tbody tr td").eachText()).containsExactly("19", "5", "42", "49", "17 March 2026");
	}

	@Test
	void usesTheSiteLayout() {
		Document page = Pages.get(this.mvc, "/");
		assertThat(page.select("html").attr("lang")).isEqualTo("en");
		assertThat(page.title()).isEqualTo("Skill catalogue – Skill Matrix");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("main")).hasSize(1);
		assertThat(page.selectFirst("body a").attr("href")).isEqualTo("#main-content");
		assertThat(page.selectFirst("main").id()).isEqualTo("main-content");
		assertThat(page.select("header nav[aria-label] a[aria-current=page]").text()).isEqualTo("Catalogue");
		assertThat(page.select("footer")).hasSize(1);
		assertThat(page.select("link[rel=stylesheet]").attr("href")).startsWith("/css/");
		assertThat(page.select("meta[name=description]").attr("content")).isNotBlank();
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost/");
	}

	@Test
	void introNamesTheFirstAndTheTopLevelOfTheData() {
		assertThat(Pages.get(this.mvc, "/").selectFirst("main .lede").text())
			.isEqualTo("Choose a skill to see what every role is expected to know at each level, from "
					+ TestMatrix.first().name() + " to " + TestMatrix.last().name() + ".");
	}

	@Test
	void tablesHaveCaptionsAndScopedHeaders() {
		Document page = Pages.get(this.mvc, "/");
		assertThat(page.select("table")).isNotEmpty().allSatisfy((table) -> {
			assertThat(table.select("caption").text()).isNotBlank();
			assertThat(table.select("th")).allSatisfy((th) -> assertThat(th.attr("scope")).isIn("col", "row"));
		});
	}

	private static List<String> domains() {
		return TestMatrix.skills()
			.stream()
			.map((skill) -> skill.data().domain())
			.distinct()
			.sorted(DataFiles.NAME_ORDER)
			.toList();
	}

	/** A group's counts as the catalogue words them: skills, distinct roles and the share of required expectations. */
	private static String counts(List<TestMatrix.Skill> skills) {
		long roles = skills.stream().flatMap((skill) -> skill.roles().stream()).distinct().count();
		long required = skills.stream().mapToLong(TestMatrix.Skill::required).sum();
		long cells = skills.stream().mapToLong((skill) -> skill.required() + skill.optional()).sum();
		return ((skills.size() == 1) ? "1 skill" : skills.size() + " skills") + ", "
				+ ((roles == 1) ? "1 role" : roles + " roles") + ", " + Math.round(100.0 * required / cells)
				+ "% of expectations mandatory";
	}

	/** The skill's row in the catalogue, found by its link. */
	/**
	 * A domain's categories as their headings say them, in order; none where its one category is named like it, so
	 * that the page does not say the same name twice.
	 */
	private static List<String> categoryHeadings(String domain) {
		List<String> categories = TestMatrix.skills()
			.stream()
			.filter((skill) -> skill.data().domain().equals(domain))
			.map((skill) -> skill.data().category())
			.distinct()
			.sorted(DataFiles.NAME_ORDER)
			.toList();
		assertThat(categories).as(domain).isNotEmpty();
		boolean once = categories.size() == 1 && !DataFiles.showsCategory(domain, categories.get(0));
		return once ? List.of() : categories;
	}

	private static Element skillRow(Document page, TestMatrix.Skill skill) {
		Element link = page.selectFirst("tbody th[scope=row] a[href=" + skill.path() + "]");
		assertThat(link).as(skill.slug()).isNotNull();
		return link.closest("tr");
	}

}

package com.skillmatrix.role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.skillmatrix.DataFiles;
import com.skillmatrix.Pages;
import com.skillmatrix.WebTest;
import com.skillmatrix.matrix.Slugs;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page of every role, /roles: each role by name under its initial, with its number of skills and a link to its
 * profile. What it must list is read from the data folder's files, not from the application.
 */
@WebTest
class RolesPageTests {

	/** Every role the folder's cells name, by name, with the number of skills that name it. */
	private static final Map<String, Integer> ROLES = roles();

	@Autowired
	private MockMvcTester mvc;

	@Test
	void listsEveryRoleByNameUnderItsInitialWithItsNumberOfSkills() {
		assertThat(ROLES).isNotEmpty();
		Document page = Pages.get(this.mvc, "/roles");
		List<String> names = new ArrayList<>(ROLES.keySet());
		assertThat(page.select("main .role-list a").eachText()).isEqualTo(names);
		assertThat(page.select("main .role-list a").eachAttr("href"))
			.isEqualTo(names.stream().map((role) -> "/roles/" + Slugs.of(role)).toList());
		assertThat(page.select("main .role-list__count").eachText())
			.isEqualTo(names.stream().map((role) -> skills(ROLES.get(role))).toList());
		List<String> initials = initials();
		assertThat(page.select("main h2").eachText()).isEqualTo(initials);
		for (String initial : initials) {
			assertThat(page.select("main h2#roles-" + initial + " + ul.role-list a").eachText()).as(initial)
				.isEqualTo(names.stream().filter((role) -> DataFiles.initial(role).equals(initial)).toList());
		}
	}

	@Test
	void aJumpListLeadsToEveryInitial() {
		List<String> initials = initials();
		assertThat(initials).isNotEmpty();
		Document page = Pages.get(this.mvc, "/roles");
		List<Element> jumps = page.select("main nav.jump-list a");
		if (initials.size() == 1) {
			assertThat(jumps).as("one initial needs no jump list").isEmpty();
			return;
		}
		assertThat(page.selectFirst("main nav.jump-list").attr("aria-label")).isEqualTo("Roles by initial");
		assertThat(jumps).extracting(Element::text).isEqualTo(initials);
		for (Element jump : jumps) {
			assertThat(page.getElementById(jump.attr("href").substring(1))).as(jump.attr("href")).isNotNull();
		}
	}

	@Test
	void eachRoleLeadsToItsProfile() {
		assertThat(ROLES).isNotEmpty();
		for (String role : ROLES.keySet()) {
			assertThat(Pages.get(this.mvc, "/roles/" + Slugs.of(role)).selectFirst("h1").text()).isEqualTo(role);
		}
	}

	@Test
	void isAPageOfItsOwnThatPreviewsWell() {
		Document page = Pages.get(this.mvc, "/roles");
		assertThat(page.title()).isEqualTo("Roles – Skill Matrix");
		assertThat(page.select("h1").eachText()).containsExactly("Roles");
		String description = page.select("meta[name=description]").attr("content");
		assertThat(description).startsWith("The roles of the matrix by name (" + count(ROLES.size()) + ")");
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("Roles");
		assertThat(page.select("meta[property=og:description]").attr("content")).isEqualTo(description);
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost/roles");
		assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo("http://localhost/roles");
		assertThat(page.selectFirst("main .lede").text()).startsWith("The matrix has " + count(ROLES.size()) + ",");
		assertThat(page.select("main .role-list li")).allSatisfy((item) -> assertThat(item.parent().tagName())
			.isEqualTo("ul"));
	}

	@Test
	void theHeadersRolesLeadsHereAndSaysSoOnThisPage() {
		Element onCatalogue = Pages.get(this.mvc, "/").selectFirst("header .site-nav a:contains(Roles)");
		assertThat(onCatalogue.attr("href")).isEqualTo("/roles");
		assertThat(onCatalogue.hasAttr("aria-current")).isFalse();
		Element here = Pages.get(this.mvc, "/roles").selectFirst("header .site-nav a[href=/roles]");
		assertThat(here.attr("aria-current")).isEqualTo("page");
		assertThat(Pages.get(this.mvc, "/roles?lang=de").select("header .site-nav a[href=/roles?lang=de]").text())
			.isEqualTo("Rollen");
	}

	@Test
	void inGermanAndChineseTheInterfaceChangesAndTheNamesStay() {
		assertThat(ROLES).isNotEmpty();
		String first = ROLES.keySet().iterator().next();
		for (String code : List.of("de", "zh")) {
			Document page = Pages.get(this.mvc, "/roles?lang=" + code);
			assertThat(page.selectFirst("html").attr("lang")).isEqualTo(code);
			assertThat(page.select("main .role-list a").eachText()).as(code).isEqualTo(new ArrayList<>(ROLES.keySet()));
			assertThat(page.select("main .role-list a").eachAttr("href")).as(code)
				.allMatch((href) -> href.endsWith("?lang=" + code));
			assertThat(page.select("main h2").eachText()).as(code).isEqualTo(initials());
			assertThat(page.selectFirst("main .role-list a").attr("lang")).isEqualTo("en");
			assertThat(page.selectFirst("main .role-list a").text()).isEqualTo(first);
		}
		assertThat(Pages.get(this.mvc, "/roles?lang=de").selectFirst("h1").text()).isEqualTo("Rollen");
		assertThat(Pages.get(this.mvc, "/roles?lang=de").selectFirst("main .role-list__count").text())
			.isEqualTo((ROLES.get(first) == 1) ? "1 Fähigkeit" : ROLES.get(first) + " Fähigkeiten");
		assertThat(Pages.get(this.mvc, "/roles?lang=zh").selectFirst("main .role-list__count").text())
			.isEqualTo(ROLES.get(first) + " 项技能");
	}

	@Test
	void isKeptAndRevalidatedLikeEveryPage() {
		MvcTestResult first = this.mvc.get().uri("/roles").exchange();
		assertThat(first).hasStatus(200);
		String etag = first.getResponse().getHeader(HttpHeaders.ETAG);
		assertThat(etag).startsWith("W/\"");
		assertThat(first.getResponse().getHeader(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-cache");
		MvcTestResult again = this.mvc.get().uri("/roles").header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
		assertThat(again).hasStatus(304);
	}

	/** The initials in order, each once. */
	private static List<String> initials() {
		return ROLES.keySet().stream().map(DataFiles::initial).distinct().toList();
	}

	/** The count of a role's skills as the page words it ({@code catalogue.roles.skills}). */
	private static String skills(int count) {
		return (count == 1) ? "1 skill" : count + " skills";
	}

	private static String count(int roles) {
		return (roles == 1) ? "1 role" : roles + " roles";
	}

	private static Map<String, Integer> roles() {
		Map<String, Integer> skills = new TreeMap<>(DataFiles.NAME_ORDER);
		for (DataFiles.Skill skill : DataFiles.skills()) {
			DataFiles.cells(skill.slug())
				.stream()
				.map(DataFiles.Cell::role)
				.distinct()
				.forEach((role) -> skills.merge(role, 1, Integer::sum));
		}
		return new LinkedHashMap<>(skills);
	}

}

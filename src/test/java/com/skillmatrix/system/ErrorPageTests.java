package com.skillmatrix.system;

import java.net.URI;

import com.skillmatrix.Pages;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.WebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class ErrorPageTests {

	private static final TestMatrix.Skill SKILL = TestMatrix.skill();

	private static final String LEVELS = String.join(", ", TestMatrix.levelNames());

	@Autowired
	private MockMvcTester mvc;

	@Test
	void unknownSkillShowsNotFoundPage() {
		Document page = Pages.get(this.mvc, "/skills/" + TestMatrix.absentSlug(), 404);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
		assertThat(page.selectFirst("main .lede").text())
			.isEqualTo("There is no skill called “" + TestMatrix.absentSlug() + "”.");
		assertThat(page.select("main a[href=/]").text()).isEqualTo("Go to the skill catalogue");
		assertLayout(page);
	}

	@Test
	void unknownLevelShowsNotFoundPageWithTheLevels() {
		Document page = Pages.get(this.mvc, SKILL.path() + "/levels/" + TestMatrix.absentSlug("no-such-level"), 404);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
		assertThat(page.selectFirst("main .lede").text())
			.isEqualTo("There is no level called “" + TestMatrix.absentSlug("no-such-level") + "” in " + SKILL.name() + ".");
		assertThat(page.select("main .link-list a").eachAttr("href"))
			.isEqualTo(TestMatrix.levelSlugs().stream().map((level) -> SKILL.path() + "/levels/" + level).toList());
		assertLayout(page);
	}

	@Test
	void slugsAreCaseSensitive() {
		Pages.get(this.mvc, "/skills/" + Pages.capitalised(SKILL.slug()), 404);
		Pages.get(this.mvc, SKILL.path() + "/levels/" + Pages.capitalised(TestMatrix.middle().slug()), 404);
	}

	@Test
	void unknownPathShowsNotFoundPage() {
		Document page = Pages.get(this.mvc, "/no/such/page", 404);
		assertThat(page.selectFirst("h1").text()).isEqualTo("Page not found");
		assertLayout(page);
	}

	@Test
	void unknownLevelInThePickerListsTheValidLevels() {
		Document page = Pages.get(this.mvc, SKILL.path() + "?level=" + TestMatrix.absentSlug("no-such-level"), 400);
		assertThat(page.selectFirst("h1").text()).isEqualTo("There is a problem with this request");
		assertThat(page.selectFirst("main .lede").text())
			.isEqualTo("“" + TestMatrix.absentSlug("no-such-level") + "” is not a level. Choose a level for “level”: one of " + LEVELS + ".");
		assertThat(page.select("main .link-list a").eachText()).isEqualTo(TestMatrix.levelNames());
		assertLayout(page);
	}

	@Test
	void emptyOrRepeatedLevelInThePickerIsABadRequest() {
		assertThat(Pages.get(this.mvc, SKILL.path() + "?level=", 400).selectFirst("main .lede").text())
			.isEqualTo("Choose a level for “level”: one of " + LEVELS + ".");
		assertThat(Pages.get(this.mvc, SKILL.path() + "?level=" + TestMatrix.first().slug() + "&level="
				+ TestMatrix.last().slug(), 400)
			.selectFirst("main .lede")
			.text()).isEqualTo("“level” names more than one level. Choose one of " + LEVELS + ".");
	}

	@Test
	void seedLevelsAreListedByTheirNames() {
		TestMatrix.assumeSeed();
		assertThat(Pages.get(this.mvc, "/skills/vault-secrets?level=", 400).selectFirst("main .lede").text())
			.isEqualTo("Choose a level for “level”: one of Junior, Middle, Senior, Lead, Principal.");
	}

	@Test
	void pickerOnAnUnknownSkillIsNotFound() {
		Pages.get(this.mvc, "/skills/" + TestMatrix.absentSlug() + "?level=" + TestMatrix.middle().slug(), 404);
	}

	@Test
	void inputIsNeverReflectedUnescaped() {
		assertEscaped("/skills/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "<script>alert(1)</script>");
		assertEscaped(SKILL.path() + "?level=%3Cb%3Ex%3C%2Fb%3E", "<b>x</b>");
	}

	private void assertEscaped(String uri, String input) {
		Document page = Pages.parse(this.mvc.get().uri(URI.create(uri)).exchange());
		assertThat(page.selectFirst("main .lede").text()).contains(input);
		assertThat(page.html()).doesNotContain(input);
	}

	private static void assertLayout(Document page) {
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.select("main#main-content")).hasSize(1);
		assertThat(page.selectFirst("body a").attr("href")).isEqualTo("#main-content");
		assertThat(page.select("header nav.site-nav")).hasSize(1);
		assertThat(page.select("header nav.language-switch")).hasSize(1);
		assertThat(page.select("footer")).hasSize(1);
		assertThat(page.html()).doesNotContainIgnoringCase("exception").doesNotContain("at com.", "at org.");
		assertThat(page.select("link[rel=canonical], meta[property=og:url]")).as("an error is no page to link to")
			.isEmpty();
	}

}

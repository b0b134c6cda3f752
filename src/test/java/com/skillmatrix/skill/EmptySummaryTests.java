package com.skillmatrix.skill;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.skillmatrix.DataFiles;
import com.skillmatrix.Pages;
import com.skillmatrix.WebTest;
import com.skillmatrix.matrix.Slugs;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** A skill's summary may be empty: no page then shows an empty paragraph or element in its place. */
@WebTest
class EmptySummaryTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void aSkillWithoutSummaryLeavesNoEmptyElementOnItsPageTheCatalogueOrTheSearch() {
		List<DataFiles.Skill> skills = DataFiles.skills().stream().filter((skill) -> skill.summary().isBlank()).toList();
		assumeFalse(skills.isEmpty(), "runs on a matrix with a skill without summary");
		for (DataFiles.Skill skill : skills) {
			Document page = Pages.get(this.mvc, "/skills/" + skill.slug());
			assertThat(page.select("main .lede")).as(skill.slug()).isEmpty();
			assertNoEmptyText(page, skill.slug());
			assertThat(page.select("meta[name=description]").attr("content")).as(skill.slug())
				.startsWith(skill.name() + ": ");

			Document domain = Pages.get(this.mvc, "/domains/" + Slugs.of(skill.domain()));
			Element row = domain.selectFirst("a.skill-link[href=/skills/" + skill.slug() + "]").closest("tr");
			assertThat(row.select(".skill-summary")).as(skill.slug()).isEmpty();
			assertNoEmptyText(domain, skill.slug());

			Document search = Pages.get(this.mvc, "/search?q=" + URLEncoder.encode(skill.name(), StandardCharsets.UTF_8));
			Element hit = search.selectFirst(".hit__title a[href=/skills/" + skill.slug() + "]").closest("li.hit");
			assertThat(hit.select(".hit__snippet")).as(skill.slug()).isEmpty();
			assertNoEmptyText(search, skill.slug());
		}
	}

	@Test
	void aSkillWithASummaryShowsIt() {
		List<DataFiles.Skill> skills = DataFiles.skills().stream().filter((skill) -> !skill.summary().isBlank()).toList();
		assertThat(skills).isNotEmpty();
		for (DataFiles.Skill skill : skills) {
			assertThat(Pages.get(this.mvc, "/skills/" + skill.slug()).select("main .lede").eachText()).as(skill.slug())
				.containsExactly(skill.summary());
			Document domain = Pages.get(this.mvc, "/domains/" + Slugs.of(skill.domain()));
			assertThat(domain.selectFirst("a.skill-link[href=/skills/" + skill.slug() + "]").closest("tr")
				.select(".skill-summary").eachText()).containsExactly(skill.summary());
		}
	}

	/** No paragraph, list item or text span in the page's main part is without text. */
	private static void assertNoEmptyText(Document page, String skill) {
		assertThat(page.select("main p, main li, main span:not(.visually-hidden), main h1, main h2, main h3"))
			.as("empty elements on a page of " + skill)
			.allSatisfy((element) -> assertThat(element.text().isBlank() && element.select("input, a, time").isEmpty())
				.as(element.outerHtml())
				.isFalse());
	}

}

package com.skillmatrix.changes;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.skillmatrix.Pages;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.WebTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every skill of the loaded matrix has a change log, which the first import filled with the skill's arrival. The skills
 * come from the data, not from the catalogue, which lists only domains when the matrix is long.
 */
@WebTest
class ChangeLogPageTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void everySkillPageLinksToItsLogWhichSaysItWasAddedToday() {
		assertThat(TestMatrix.skills()).isNotEmpty();
		for (TestMatrix.Skill each : TestMatrix.skills()) {
			String skill = each.path();
			String name = each.name();
			Document page = Pages.get(this.mvc, skill);
			assertThat(page.select("a.updated__log").attr("href")).isEqualTo(skill + "/changes");
			Document log = Pages.get(this.mvc, skill + "/changes");
			assertThat(log.select("h1").text()).isEqualTo("Change log: " + name);
			assertThat(log.select("section.change-log__import")).singleElement().satisfies((section) -> {
				assertThat(section.select("h2 time").attr("datetime")).isEqualTo(LocalDate.now().toString());
				assertThat(section.select("h2").text())
					.isEqualTo(LocalDate.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)));
				assertThat(section.select("li").eachText()).containsExactly("Added to the matrix.");
			});
			assertThat(log.select("main a[href=" + skill + "]").text()).isEqualTo("Back to " + name);
		}
	}

	@Test
	void anUnknownSkillHasNoLog() {
		Document page = Pages.get(this.mvc, "/skills/" + TestMatrix.absentSlug() + "/changes", 404);
		assertThat(page.select("h1").text()).isEqualTo("Page not found");
		assertThat(page.select("main").text()).contains("There is no skill called “" + TestMatrix.absentSlug() + "”.");
		Pages.get(this.mvc, "/skills/NOT%20A%20SLUG/changes", 404);
	}

}

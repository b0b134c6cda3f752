package com.skillmatrix.skill;

import java.util.List;

import com.skillmatrix.DescriptionLines;
import com.skillmatrix.Pages;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.WebTest;
import com.skillmatrix.loading.Matrix;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class RequiredOnlyTests {

	private static final TestMatrix.Skill SKILL = TestMatrix.skill();

	@Autowired
	private MockMvcTester mvc;

	@Test
	void levelPagesShowExactlyTheRequiredCells() {
		assertThat(requiredRowsPerLevel(SKILL)).isEqualTo(TestMatrix.levelSlugs()
			.stream()
			.map((level) -> (int) SKILL.rows(level).stream().filter(Matrix.Cell::required).count())
			.toList());
	}

	@Test
	void seedLevelPagesShowExactlyTheFortyTwoRequiredCells() {
		TestMatrix.assumeSeed();
		List<Integer> perLevel = requiredRowsPerLevel(TestMatrix.skill(TestMatrix.SEED_SKILL));
		assertThat(perLevel).containsExactly(3, 3, 12, 12, 12);
		assertThat(perLevel.stream().mapToInt(Integer::intValue).sum()).isEqualTo(42);
	}

	@Test
	void switchTurnsOnAndOff() {
		String level = SKILL.path() + "/levels/" + TestMatrix.middle().slug();
		Document all = Pages.get(this.mvc, level);
		assertThat(all.select("a.switch").text()).isEqualTo("Show required only");
		assertThat(all.select("a.switch").attr("href")).isEqualTo(level + "?required=only");
		assertThat(all.select(".hidden-note")).isEmpty();
		Document only = Pages.get(this.mvc, level + "?required=only");
		assertThat(only.select("a.switch").text()).isEqualTo("Show all expectations");
		assertThat(only.select("a.switch").attr("href")).isEqualTo(level);
	}

	@Test
	void anyOtherValueIsABadRequest() {
		String level = SKILL.path() + "/levels/" + TestMatrix.middle().slug();
		assertThat(Pages.get(this.mvc, level + "?required=yes", 400).selectFirst("main .lede").text())
			.isEqualTo("“required” takes one value, “only”, to show required expectations only.");
		Pages.get(this.mvc, level + "?required=only&required=only", 400);
	}

	/**
	 * Each level page of the skill with optional rows hidden: it must show the required rows exactly and say how
	 * many are hidden. Gives the number of rows shown, level by level.
	 */
	private List<Integer> requiredRowsPerLevel(TestMatrix.Skill skill) {
		return TestMatrix.levelSlugs().stream().map((level) -> {
			Document page = Pages.get(this.mvc, skill.path() + "/levels/" + level + "?required=only");
			List<String> rows = page.select("table.table--roles tbody tr")
				.stream()
				.map((row) -> String.join(" | ", row.select("th, td").eachText()))
				.toList();
			List<String> required = skill.rows(level)
				.stream()
				.filter(Matrix.Cell::required)
				.map((row) -> row.role() + " Check yourself | Required | " + DescriptionLines.text(row.description()))
				.toList();
			assertThat(rows).as(level).isEqualTo(required);
			long optional = skill.rows(level).size() - required.size();
			assertThat(page.select(".hidden-note").text()).as(level).isEqualTo(Pages.hiddenNote(optional));
			return rows.size();
		}).toList();
	}

}

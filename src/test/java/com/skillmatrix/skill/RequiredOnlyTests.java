package com.skillmatrix.skill;

import java.util.List;

import com.skillmatrix.Pages;
import com.skillmatrix.Seed;
import com.skillmatrix.WebTest;
import com.skillmatrix.data.Matrix;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebTest
class RequiredOnlyTests {

	@Autowired
	private MockMvcTester mvc;

	@Test
	void levelPagesShowExactlyTheFortyTwoRequiredCells() {
		List<Integer> perLevel = Seed.LEVELS.stream().map((level) -> {
			Document page = Pages.get(this.mvc, "/skills/vault-secrets/levels/" + level + "?required=only");
			List<String> rows = page.select("table.table--roles tbody tr")
				.stream()
				.map((row) -> String.join(" | ", row.select("th, td").eachText()))
				.toList();
			List<String> required = Seed.rows(level)
				.stream()
				.filter(Matrix.Cell::required)
				.map((row) -> row.role() + " | Required | " + row.description())
				.toList();
			assertThat(rows).as(level).isEqualTo(required);
			long optional = Seed.rows(level).size() - required.size();
			assertThat(page.select(".hidden-note").text()).as(level)
				.isEqualTo(optional + " optional expectations are hidden.");
			return rows.size();
		}).toList();
		assertThat(perLevel).containsExactly(3, 3, 12, 12, 12);
		assertThat(perLevel.stream().mapToInt(Integer::intValue).sum()).isEqualTo(42);
	}

	@Test
	void switchTurnsOnAndOff() {
		Document all = Pages.get(this.mvc, "/skills/vault-secrets/levels/senior");
		assertThat(all.select("a.switch").text()).isEqualTo("Show required only");
		assertThat(all.select("a.switch").attr("href")).isEqualTo("/skills/vault-secrets/levels/senior?required=only");
		assertThat(all.select(".hidden-note")).isEmpty();
		Document only = Pages.get(this.mvc, "/skills/vault-secrets/levels/senior?required=only");
		assertThat(only.select("a.switch").text()).isEqualTo("Show all expectations");
		assertThat(only.select("a.switch").attr("href")).isEqualTo("/skills/vault-secrets/levels/senior");
	}

	@Test
	void anyOtherValueIsABadRequest() {
		assertThat(Pages.get(this.mvc, "/skills/vault-secrets/levels/senior?required=yes", 400)
			.selectFirst("main .lede")
			.text()).isEqualTo("“required” takes one value, “only”, to show required expectations only.");
		Pages.get(this.mvc, "/skills/vault-secrets/levels/senior?required=only&required=only", 400);
	}

}

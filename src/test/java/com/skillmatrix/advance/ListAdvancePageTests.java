package com.skillmatrix.advance;

import java.util.List;

import com.skillmatrix.Instance;
import com.skillmatrix.ListMatrix;
import com.skillmatrix.Pages;
import com.skillmatrix.matrix.Slugs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What to cover to advance where descriptions are lists: compared item by item, on a matrix written that way. */
class ListAdvancePageTests {

	private static final String PAGE = "/skills/" + ListMatrix.SKILL + "/advance?from=";

	private final Instance instance = ListMatrix.instance();

	@Test
	void everyStepOfEveryRoleIsComparedItemByItemWhereEitherSideIsAList() {
		List<List<String>> steps = ListMatrix.LEVELS.subList(0, ListMatrix.LEVELS.size() - 1);
		assertThat(steps).isNotEmpty();
		int byItem = 0;
		for (List<String> level : steps) {
			String from = level.get(0);
			String to = ListMatrix.next(from);
			Document page = page(PAGE + from);
			List<String> roles = ListMatrix.roles()
				.stream()
				.filter((role) -> ListMatrix.cell(role, from) != null || ListMatrix.cell(role, to) != null)
				.toList();
			assertThat(roles).isNotEmpty();
			assertThat(page.select("table.table--advance tbody th[scope=row] a:not(.row-link)").eachText()).isEqualTo(roles);
			for (String role : roles) {
				String current = description(role, from);
				String next = description(role, to);
				AdvancePageTests.assertStep(rowOf(page, role), current, next, ListMatrix.levelName(to));
				byItem += (rowOf(page, role).select(".item-diff").isEmpty()) ? 0 : 1;
			}
		}
		assertThat(byItem).as("steps compared item by item").isGreaterThanOrEqualTo(4);
	}

	@Test
	void newItemsAreShownWholeUnderTheirHeadingsAndSharedOnesAreFoldedAway() {
		Element row = rowOf(page(PAGE + "apprentice"), ListMatrix.BACKEND);
		Element diff = row.selectFirst(".step--next .item-diff");
		assertThat(diff.select(".item-diff__title").eachText())
			.containsExactly("2 new items", "1 re-worded item", "2 items no longer listed");
		Element added = diff.selectFirst(".item-diff__part--added");
		assertThat(added.select(".description__heading").eachText()).containsExactly("Example behaviors:",
				"Example tasks:");
		assertThat(added.select("li ins").stream().map((ins) -> Pages.visible(ins).wholeText()))
			.containsExactly("Mentors a new joiner through their first review", "Runs a review session for the team");
		assertThat(diff.select(".item-diff__part--changed li ins").stream().map((ins) -> Pages.visible(ins).text()))
			.containsExactly("with context");
		assertThat(diff.select(".item-diff__part--changed .item-diff__before").text())
			.isEqualTo("At Apprentice: Writes clear PR descriptions");
		assertThat(diff.select(".item-diff__unchanged > summary").text()).isEqualTo("1 unchanged item");
		assertThat(diff.select(".item-diff__unchanged li").eachText()).containsExactly("Reviews small changes");
		assertThat(row.select("del").stream().map((del) -> Pages.visible(del).text()))
			.containsExactly("Asks good questions in reviews", "Tests changes locally before a review");
		assertThat(row.select(".step--current li").eachText()).containsExactly("Reviews small changes",
				"Writes clear PR descriptions", "Asks good questions in reviews", "Tests changes locally before a review");
	}

	@Test
	void aListThatOnlyMovesItsItemsChangesNothing() {
		Element row = rowOf(page(PAGE + "practitioner"), ListMatrix.PLATFORM);
		assertThat(row.select("ins, del")).isEmpty();
		assertThat(row.select(".step--next .item-diff__title")).isEmpty();
		assertThat(row.select(".step--next .item-diff__same").text())
			.isEqualTo("No item is new, re-worded or no longer listed.");
		assertThat(row.select(".step--next details summary").text()).isEqualTo("2 unchanged items");
		assertThat(row.select(".step--next details li").eachText()).containsExactly("Keeps CI green",
				"Automates reviews with linters");
	}

	@Test
	void aLineAgainstAListIsComparedSentenceBySentence() {
		Element row = rowOf(page(PAGE + "practitioner"), ListMatrix.SECURITY);
		assertThat(row.select(".step--next .item-diff__part--added li").stream().map((li) -> Pages.visible(li).text()))
			.containsExactly("Leads threat modelling");
		assertThat(row.select(".step--next details li").eachText())
			.containsExactly("Knows the OWASP Top 10 and threat models.");
		assertThat(row.select("del")).isEmpty();
	}

	@Test
	void descriptionsOfOneLineKeepTheirWordDiff() {
		Document page = page(PAGE + "apprentice");
		Element row = rowOf(page, ListMatrix.SECURITY);
		assertThat(row.select(".item-diff")).isEmpty();
		assertThat(row.select(".step--next p.description ins").stream().map((ins) -> Pages.visible(ins).text()))
			.containsExactly("and threat models");
		assertThat(page.select(".legend").eachText()).contains("Where a description is a list, the two levels are "
				+ "compared item by item: items that Practitioner adds are marked as added, items it no longer lists "
				+ "as removed, re-worded items word by word, and unchanged items are counted and folded away.");
	}

	@Test
	void theItemWordsComeInEveryLanguage() {
		Element german = rowOf(page(PAGE + "apprentice&lang=de"), ListMatrix.BACKEND);
		assertThat(german.select(".item-diff__title").eachText())
			.containsExactly("2 neue Punkte", "1 umformulierter Punkt", "2 Punkte nicht mehr aufgeführt");
		assertThat(german.select("details summary").text()).isEqualTo("1 unveränderter Punkt");
		assertThat(german.select(".item-diff__before > span").first().text()).isEqualTo("Auf Apprentice:");
		Element chinese = rowOf(page(PAGE + "apprentice&lang=zh"), ListMatrix.BACKEND);
		assertThat(chinese.select(".item-diff__title").eachText()).containsExactly("新增 2 条", "改写 1 条", "不再列出 2 条");
		assertThat(chinese.select("details summary").text()).isEqualTo("未变 1 条");
	}

	private Document page(String path) {
		return Jsoup.parse(this.instance.page(path));
	}

	private static String description(String role, String level) {
		ListMatrix.Cell cell = ListMatrix.cell(role, level);
		return (cell != null) ? cell.description() : null;
	}

	private static Element rowOf(Document page, String role) {
		return page.selectFirst("table.table--advance tbody tr#" + Slugs.of(role));
	}

}

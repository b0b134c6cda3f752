package com.skillmatrix.selfcheck;

import java.util.ArrayList;
import java.util.List;

import com.skillmatrix.Instance;
import com.skillmatrix.DescriptionLines;
import com.skillmatrix.ListMatrix;
import com.skillmatrix.matrix.Slugs;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The self-check where cells are lists: one statement per item, under the cell's headings. */
class ListSelfCheckPageTests {

	private final Instance instance = ListMatrix.instance();

	@Test
	void everyLevelOfEveryRoleAsksOneStatementPerItemOrSentence() {
		assertThat(ListMatrix.roles()).isNotEmpty();
		int lists = 0;
		for (String role : ListMatrix.roles()) {
			Document page = page(selfCheck(role));
			List<Element> fieldsets = page.select("form.self-check fieldset");
			assertThat(fieldsets).extracting(Element::id)
				.isEqualTo(ListMatrix.LEVELS.stream().map((level) -> level.get(0)).toList());
			for (Element fieldset : fieldsets) {
				ListMatrix.Cell cell = ListMatrix.cell(role, fieldset.id());
				if (cell == null) {
					assertThat(fieldset.select("input")).isEmpty();
					continue;
				}
				List<String> statements = DescriptionLines.statements(cell.description());
				assertThat(fieldset.select("input[type=checkbox]").eachAttr("value")).as(role + " " + fieldset.id())
					.isEqualTo(ids(fieldset.id(), statements.size()));
				SelfCheckPageTests.assertStatementsAreItems(fieldset, cell.description());
				lists += DescriptionLines.isList(cell.description()) ? 1 : 0;
			}
		}
		assertThat(lists).as("cells written as lists").isGreaterThanOrEqualTo(4);
	}

	@Test
	void headingsGroupTheirItemsAndAreNoBoxes() {
		Element fieldset = page(selfCheck(ListMatrix.BACKEND)).selectFirst("fieldset#practitioner");
		assertThat(fieldset.select(".self-check__heading").eachText()).containsExactly("Example behaviors:",
				"Example tasks:");
		assertThat(fieldset.select("label").eachText()).containsExactly("Reviews small changes",
				"Writes clear PR descriptions with context", "Mentors a new joiner through their first review",
				"Runs a review session for the team");
		Element tasks = fieldset.select(".self-check__group").get(1);
		assertThat(tasks.select("input").eachAttr("value")).containsExactly("practitioner-4");
		assertThat(tasks.attr("aria-labelledby")).isEqualTo("group-practitioner-4");
		assertThat(page(selfCheck(ListMatrix.BACKEND)).select("label").eachText())
			.doesNotContain("Example behaviors:", "Example tasks:");
	}

	@Test
	void theAnswerCountsItemsAndListsTheOpenOnesOneEach() {
		String role = ListMatrix.BACKEND;
		List<String> first = DescriptionLines.statements(ListMatrix.cell(role, "apprentice").description());
		List<String> second = DescriptionLines.statements(ListMatrix.cell(role, "practitioner").description());
		List<String> met = new ArrayList<>(ids("apprentice", first.size()));
		met.add("practitioner-2");
		Document page = page(selfCheck(role) + "?" + String.join("&", met.stream().map((id) -> "met=" + id).toList())
				+ "&met=");
		assertThat(page.select(".answer__verdict").text()).isEqualTo("You meet everything up to Apprentice.");
		assertThat(page.select(".answer__progress").text())
			.isEqualTo("At Practitioner you meet 1 of " + second.size() + " statements.");
		List<String> open = new ArrayList<>(second);
		open.remove(1);
		assertThat(page.select(".answer__open li").stream().map(Element::wholeText).toList()).isEqualTo(open);
		assertThat(page.select("input[checked]").eachAttr("value")).isEqualTo(met);
		assertThat(page.select(".answer__links a").eachText()).containsExactly(
				"What to cover to advance from Apprentice to Practitioner",
				role + ": how Practitioner differs from Apprentice, item by item");
	}

	@Test
	void anIdBeyondTheItemsIsABadRequest() {
		int items = DescriptionLines.statements(ListMatrix.cell(ListMatrix.BACKEND, "practitioner").description()).size();
		assertThat(this.instance.get(selfCheck(ListMatrix.BACKEND) + "?met=practitioner-" + (items + 1)).statusCode())
			.isEqualTo(400);
		assertThat(this.instance.get(selfCheck(ListMatrix.BACKEND) + "?met=practitioner-" + items).statusCode())
			.isEqualTo(200);
	}

	private static List<String> ids(String level, int count) {
		List<String> ids = new ArrayList<>();
		for (int n = 1; n <= count; n++) {
			ids.add(level + "-" + n);
		}
		return ids;
	}

	private Document page(String path) {
		return Jsoup.parse(this.instance.page(path));
	}

	private static String selfCheck(String role) {
		return "/skills/" + ListMatrix.SKILL + "/roles/" + Slugs.of(role) + "/self-check";
	}

}

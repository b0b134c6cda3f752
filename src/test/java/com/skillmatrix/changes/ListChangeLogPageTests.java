package com.skillmatrix.changes;

import com.skillmatrix.ItemDiffMarkup;
import com.skillmatrix.DescriptionLines;
import com.skillmatrix.ListMatrix;
import com.skillmatrix.Pages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A change log where a list was re-worded: shown item by item, as the advance page shows a step. */
class ListChangeLogPageTests {

	@Test
	void aListReWordedShowsItsChangeItemByItem() {
		Document log = Jsoup.parse(ListMatrix.instance().page("/skills/" + ListMatrix.SKILL + "/changes"));
		assertThat(log.select("section.change-log__import")).hasSize(2);
		ListMatrix.Cell cell = ListMatrix.reworded();
		Element newest = log.selectFirst("section.change-log__import");
		Element entry = entry(newest, cell, "re-worded");
		Element diff = entry.selectFirst("div.description.item-diff");
		ItemDiffMarkup.assertItems(diff, ListMatrix.rewordedBefore(), cell.description());
		assertThat(diff.select(".item-diff__part--changed li ins").stream().map((ins) -> Pages.visible(ins).text()))
			.containsExactly("good");
		assertThat(diff.select(".item-diff__part--changed .item-diff__before").text())
			.isEqualTo("Before: Asks questions in reviews");
		assertThat(diff.select(".item-diff__part--added li").stream().map((li) -> Pages.visible(li).wholeText()))
			.containsExactly("Tests changes locally before a review");
		assertThat(diff.select(".item-diff__unchanged > summary").text()).isEqualTo("2 unchanged items");
		assertThat(entry.select("details.change-log__before li").stream().map(Element::wholeText).toList())
			.as("the wording before, whole, line by line")
			.isEqualTo(DescriptionLines.texts(ListMatrix.rewordedBefore()));
		assertThat(entry.select("details.change-log__before del")).isEmpty();
	}

	@Test
	void aListAddedOrRemovedIsShownLineByLine() {
		Document log = Jsoup.parse(ListMatrix.instance().page("/skills/" + ListMatrix.SKILL + "/changes"));
		Element newest = log.selectFirst("section.change-log__import");
		Element added = entry(newest, ListMatrix.added(), "added");
		assertThat(added.select("div.description li").stream().map(Element::wholeText).toList())
			.isEqualTo(DescriptionLines.texts(ListMatrix.added().description()));
		assertThat(added.select("ins, del")).isEmpty();
		Element removed = entry(newest, ListMatrix.removed(), "removed");
		assertThat(removed.select("div.description > del li").stream().map(Element::wholeText).toList())
			.isEqualTo(DescriptionLines.texts(ListMatrix.removed().description()));
	}

	private static Element entry(Element section, ListMatrix.Cell cell, String kind) {
		String what = cell.role() + " at " + ListMatrix.levelName(cell.level()) + " " + kind;
		return section.select("li.change-log__item")
			.stream()
			.filter((item) -> item.select(".change-log__what").text().equals(what))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no entry " + what));
	}

	@Test
	void theFirstImportAddedTheSkill() {
		Document log = Jsoup.parse(ListMatrix.instance().page("/skills/" + ListMatrix.SKILL + "/changes"));
		assertThat(log.select("section.change-log__import").last().select("li").eachText())
			.containsExactly("Added to the matrix.");
	}

}

package com.skillmatrix;

import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Element;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a page that compares two descriptions item by item (advance, the change log) must show, checked against the
 * descriptions' items as {@link DescriptionLines} reads them: every item both have folded away among the unchanged and never
 * struck through; every other item of the next one shown once, new (whole, in one {@code ins}) or re-worded; every
 * other item of the current one shown once, no longer listed (whole, in one {@code del}) or as a re-worded item's
 * wording before. Which new and dropped items pair up as re-worded is the application's rule; that each is shown once
 * and whole is not.
 */
public final class ItemDiffMarkup {

	private ItemDiffMarkup() {
	}

	/**
	 * The items a description is compared by: a list's items, or a line's sentences.
	 *
	 * @param description the description, or null for none
	 */
	public static List<String> items(String description) {
		return (description != null) ? DescriptionLines.statements(description) : List.of();
	}

	/** Whether two descriptions are compared item by item: where either is a list. */
	public static boolean byItem(String current, String next) {
		return (current != null && DescriptionLines.isList(current)) || (next != null && DescriptionLines.isList(next));
	}

	/** Checks the element that holds the comparison of the current description with the next. */
	public static void assertItems(Element diff, String current, String next) {
		List<String> before = items(current);
		List<String> after = items(next);
		List<String> shared = new ArrayList<>();
		List<String> left = new ArrayList<>(before);
		for (String item : after) {
			if (left.remove(item)) {
				shared.add(item);
			}
		}
		List<String> gone = new ArrayList<>(before);
		shared.forEach(gone::remove);
		List<String> fresh = new ArrayList<>(after);
		shared.forEach(fresh::remove);

		List<Element> unchanged = diff.select(".item-diff__unchanged li");
		assertThat(unchanged).extracting(Element::wholeText).as("unchanged items").isEqualTo(shared);
		assertThat(diff.select(".item-diff__unchanged ins, .item-diff__unchanged del")).isEmpty();
		if (!shared.isEmpty()) {
			assertThat(diff.select(".item-diff__unchanged > summary").text())
				.isEqualTo((shared.size() == 1) ? "1 unchanged item" : shared.size() + " unchanged items");
		}
		for (Element del : diff.select("del")) {
			assertThat(shared).as("an item both have is never struck through").doesNotContain(visible(del));
		}

		List<String> shownNext = new ArrayList<>();
		for (Element li : diff.select(".item-diff__part--added li")) {
			assertThat(li.children()).as("a new item is shown whole").singleElement()
				.satisfies((ins) -> assertThat(ins.tagName()).isEqualTo("ins"));
			assertThat(li.selectFirst("ins > .visually-hidden").text()).isEqualTo("added:");
			shownNext.add(visible(li));
		}
		List<String> shownBefore = new ArrayList<>();
		for (Element li : diff.select(".item-diff__part--removed li")) {
			assertThat(li.children()).as("an item no longer listed is shown whole").singleElement()
				.satisfies((del) -> assertThat(del.tagName()).isEqualTo("del"));
			shownBefore.add(visible(li));
		}
		for (Element li : diff.select(".item-diff__part--changed li")) {
			Element was = li.selectFirst(".item-diff__before");
			Element now = li.clone();
			now.select(".item-diff__before").remove();
			assertThat(now.select("del")).as("a re-worded item's next wording drops nothing").isEmpty();
			shownNext.add(visible(now));
			Element wording = was.clone();
			wording.child(0).remove();
			assertThat(wording.select("ins")).isEmpty();
			shownBefore.add(visible(wording).substring(1));
		}
		assertThat(shownNext).as("every item the next description adds or re-words, once")
			.containsExactlyInAnyOrderElementsOf(fresh);
		assertThat(shownBefore).as("every item the current description drops or re-words, once")
			.containsExactlyInAnyOrderElementsOf(gone);
		for (Element part : diff.select(".item-diff__part")) {
			Element title = part.is("details") ? part.selectFirst("summary") : part.selectFirst(".item-diff__title");
			assertThat(part.select("li")).as("no part without items").isNotEmpty();
			assertThat(title.text()).as("a part counts its items").startsWith(part.select("li").size() + " ");
		}
		assertThat(diff.select(".item-diff__same")).as("said where nothing but the order changes")
			.hasSize((fresh.isEmpty() && gone.isEmpty()) ? 1 : 0);
		List<String> headings = new ArrayList<>();
		if (current != null) {
			headings.addAll(DescriptionLines.headings(current));
		}
		if (next != null) {
			headings.addAll(DescriptionLines.headings(next));
		}
		assertThat(diff.select(".description__heading").stream().map(Element::wholeText).toList()).allSatisfy(
				(heading) -> assertThat(headings).contains(heading));
	}

	/** An element's text as a sighted reader sees it: without the words only a screen reader hears. */
	private static String visible(Element element) {
		return Pages.visible(element).wholeText();
	}

}

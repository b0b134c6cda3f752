package com.skillmatrix.matrix;

import java.util.List;

import com.skillmatrix.matrix.ItemDiff.Change;
import com.skillmatrix.matrix.ItemDiff.Group;
import com.skillmatrix.matrix.ItemDiff.Item;
import com.skillmatrix.matrix.WordDiff.Segment;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ItemDiffTests {

	private static final String LIST = "Writes tests\nReviews code\nPairs with juniors";

	@Test
	void sameListsHaveEveryItemUnchanged() {
		ItemDiff diff = ItemDiff.compare(LIST, LIST);
		assertThat(diff.unchanged()).extracting(Item::next)
			.containsExactly("Writes tests", "Reviews code", "Pairs with juniors");
		assertThat(diff.unchanged()).allSatisfy((item) -> {
			assertThat(item.current()).isEqualTo(item.next());
			assertThat(item.words()).isNull();
		});
		assertThat(diff.added()).isEmpty();
		assertThat(diff.changed()).isEmpty();
		assertThat(diff.removed()).isEmpty();
		assertThat(diff.same()).isTrue();
	}

	@Test
	void reorderedItemsAreUnchangedInTheNextOrder() {
		ItemDiff diff = ItemDiff.compare(LIST, "Pairs with juniors\nWrites tests\nReviews code");
		assertThat(diff.items()).extracting(Item::change).containsOnly(Change.UNCHANGED);
		assertThat(diff.unchanged()).extracting(Item::next)
			.containsExactly("Pairs with juniors", "Writes tests", "Reviews code");
		assertThat(diff.same()).isTrue();
	}

	@Test
	void anItemAddedIsShownWholeWhereItStands() {
		ItemDiff diff = ItemDiff.compare(LIST, "Writes tests\nLeads incident reviews\nReviews code\nPairs with juniors");
		assertThat(diff.added()).containsExactly(new Item(Change.ADDED, null, null, "Leads incident reviews", null));
		assertThat(diff.items()).extracting(Item::change)
			.containsExactly(Change.UNCHANGED, Change.ADDED, Change.UNCHANGED, Change.UNCHANGED);
		assertThat(diff.same()).isFalse();
	}

	@Test
	void anItemNoLongerListedIsRemovedAfterTheNextItems() {
		ItemDiff diff = ItemDiff.compare(LIST, "Writes tests\nPairs with juniors");
		assertThat(diff.removed()).containsExactly(new Item(Change.REMOVED, null, "Reviews code", null, null));
		assertThat(diff.items()).extracting(Item::change)
			.containsExactly(Change.UNCHANGED, Change.UNCHANGED, Change.REMOVED);
	}

	@Test
	void anItemReWordedIsOneChangeWithItsWordsMarked() {
		ItemDiff diff = ItemDiff.compare(LIST, "Writes tests\nReviews code and designs\nPairs with juniors");
		assertThat(diff.changed()).singleElement().satisfies((item) -> {
			assertThat(item.current()).isEqualTo("Reviews code");
			assertThat(item.next()).isEqualTo("Reviews code and designs");
			assertThat(item.words().next()).containsExactly(new Segment("Reviews code ", WordDiff.Change.KEPT),
					new Segment("and designs", WordDiff.Change.ADDED));
		});
		assertThat(diff.added()).isEmpty();
		assertThat(diff.removed()).isEmpty();
		assertThat(diff.unchanged()).hasSize(2);
	}

	@Test
	void itemsThatShareLessThanHalfTheirWordsAreOneAddedAndOneRemoved() {
		ItemDiff diff = ItemDiff.compare("Writes tests", "Writes runbooks for on-call");
		assertThat(diff.changed()).isEmpty();
		assertThat(diff.added()).extracting(Item::next).containsExactly("Writes runbooks for on-call");
		assertThat(diff.removed()).extracting(Item::current).containsExactly("Writes tests");
	}

	@Test
	void exactlyHalfTheWordsOfTheLongerItemIsEnough() {
		assertThat(ItemDiff.compare("Reviews code\nA", "Reviews all code daily\nA").changed()).hasSize(1);
		assertThat(ItemDiff.compare("Reviews code\nA", "Reviews all Go code daily\nA").changed()).isEmpty();
	}

	@Test
	void theMostSimilarItemsArePairedFirst() {
		ItemDiff diff = ItemDiff.compare("Runs the weekly release\nRuns the release train with QA",
				"Runs the release train with QA and security");
		assertThat(diff.changed()).singleElement()
			.satisfies((item) -> assertThat(item.current()).isEqualTo("Runs the release train with QA"));
		assertThat(diff.removed()).extracting(Item::current).containsExactly("Runs the weekly release");
	}

	@Test
	void aRepeatedItemIsMatchedOncePerOccurrence() {
		ItemDiff diff = ItemDiff.compare("Writes tests\nWrites tests", "Writes tests");
		assertThat(diff.unchanged()).hasSize(1);
		assertThat(diff.removed()).extracting(Item::current).containsExactly("Writes tests");
	}

	@Test
	void headingsAreNoItemsAndEachItemKeepsItsOwn() {
		String current = "Example behaviors:\n- Writes tests\n- Reviews code\nExample tasks:\n- Ships v1";
		String next = "Example behaviors:\n- Writes tests\n- Leads reviews\nExample tasks:\n- Ships v1\n- Ships v2";
		ItemDiff diff = ItemDiff.compare(current, next);
		assertThat(diff.items()).flatExtracting(Item::current, Item::next)
			.doesNotContain("Example behaviors:", "Example tasks:");
		assertThat(diff.added()).containsExactly(
				new Item(Change.ADDED, "Example behaviors:", null, "Leads reviews", null),
				new Item(Change.ADDED, "Example tasks:", null, "Ships v2", null));
		assertThat(diff.removed()).containsExactly(
				new Item(Change.REMOVED, "Example behaviors:", "Reviews code", null, null));
		assertThat(diff.groups(Change.ADDED)).extracting(Group::heading)
			.containsExactly("Example behaviors:", "Example tasks:");
		assertThat(diff.groups(Change.UNCHANGED)).containsExactly(
				new Group("Example behaviors:", List.of(diff.unchanged().get(0))),
				new Group("Example tasks:", List.of(diff.unchanged().get(1))));
	}

	@Test
	void anItemMovedUnderAnotherHeadingIsStillTheSameItem() {
		ItemDiff diff = ItemDiff.compare("Tasks:\n- Ships v1\n- Writes docs", "Tasks:\n- Ships v1\nBehaviours:\n- Writes docs");
		assertThat(diff.same()).isTrue();
		assertThat(diff.unchanged()).extracting(Item::heading).containsExactly("Tasks:", "Behaviours:");
	}

	@Test
	void bulletMarkersAreNoPartOfTheItem() {
		assertThat(ItemDiff.compare("- Writes tests\n- Reviews code", "* Writes tests\n• Reviews code").same()).isTrue();
	}

	@Test
	void aOneLineDescriptionIsAListOfOneItemOnEitherSide() {
		String line = "Writes tests for every change.";
		ItemDiff grown = ItemDiff.compare(line, line + "\nReviews code");
		assertThat(grown.unchanged()).extracting(Item::next).containsExactly(line);
		assertThat(grown.added()).extracting(Item::next).containsExactly("Reviews code");

		ItemDiff shrunk = ItemDiff.compare("Reviews code\n" + line, line);
		assertThat(shrunk.unchanged()).extracting(Item::next).containsExactly(line);
		assertThat(shrunk.removed()).extracting(Item::current).containsExactly("Reviews code");

		ItemDiff reworded = ItemDiff.compare("Writes tests for most changes.", line + "\nReviews code");
		assertThat(reworded.changed()).extracting(Item::next).containsExactly(line);
	}

	@Test
	void aOneLineDescriptionIsComparedSentenceBySentence() {
		ItemDiff diff = ItemDiff.compare("Reads SQL. Writes simple queries, e.g. joins.",
				"Reads SQL.\nWrites simple queries, e.g. joins.\nTunes a slow report");
		assertThat(diff.unchanged()).extracting(Item::next)
			.containsExactly("Reads SQL.", "Writes simple queries, e.g. joins.");
		assertThat(diff.added()).extracting(Item::next).containsExactly("Tunes a slow report");
		assertThat(ItemDiff.compare("Owns the roadmap. Hires.", "Owns the roadmap.").removed())
			.extracting(Item::current)
			.containsExactly("Hires.");
	}

	@Test
	void noDescriptionIsAListOfNoItems() {
		assertThat(ItemDiff.compare(null, LIST).added()).hasSize(3);
		assertThat(ItemDiff.compare(null, LIST).items()).hasSize(3);
		assertThat(ItemDiff.compare(LIST, null).removed()).hasSize(3);
		assertThat(ItemDiff.compare("", "").items()).isEmpty();
		assertThat(ItemDiff.compare(" \n ", null).items()).isEmpty();
		assertThat(ItemDiff.compare("", "").same()).isTrue();
	}

	@Test
	void itemsWithoutWordsAreNeverPairedByShare() {
		ItemDiff diff = ItemDiff.compare("A\n—", "A\n–");
		assertThat(diff.changed()).isEmpty();
		assertThat(diff.added()).extracting(Item::next).containsExactly("–");
		assertThat(diff.removed()).extracting(Item::current).containsExactly("—");
	}

	@Test
	void appliesWhereEitherSideIsAList() {
		assertThat(ItemDiff.applies("One line.", "Another line.")).isFalse();
		assertThat(ItemDiff.applies("One line.", null)).isFalse();
		assertThat(ItemDiff.applies(null, null)).isFalse();
		assertThat(ItemDiff.applies("One line.", LIST)).isTrue();
		assertThat(ItemDiff.applies(LIST, "One line.")).isTrue();
		assertThat(ItemDiff.applies(LIST, null)).isTrue();
		assertThat(ItemDiff.applies(null, "Heading:\nitem")).isTrue();
	}

	@Test
	void everyItemOfBothSidesIsAccountedForOnce() {
		String current = "A one\nB two three\nC four\nD five six seven";
		String next = "C four\nB two three eight\nE nine\nA one";
		ItemDiff diff = ItemDiff.compare(current, next);
		assertThat(diff.items().stream().filter((item) -> item.next() != null).map(Item::next))
			.containsExactly("C four", "B two three eight", "E nine", "A one");
		assertThat(diff.items().stream().filter((item) -> item.current() != null).map(Item::current))
			.containsExactlyInAnyOrder("A one", "B two three", "C four", "D five six seven");
	}

}

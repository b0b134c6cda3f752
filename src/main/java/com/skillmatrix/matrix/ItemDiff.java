package com.skillmatrix.matrix;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.skillmatrix.matrix.WordDiff.Changes;

/**
 * Two descriptions compared item by item, for where either is a list: which items the next description adds, which
 * it no longer lists, which it words differently (with the word diff inside the item), and which it keeps as they
 * are. A word diff of one whole list against another marks nearly every word; item by item, a reader sees which
 * behaviours are new.
 * <p>
 * Items are matched in three steps. First, an item of the next description that the current one has word for word is
 * unchanged, wherever it stands in either list: a list that only moves its items keeps them all. Then the items left
 * on both sides are paired as one item re-worded where the word diff between them keeps at least half the words of the
 * longer one ("Reviews code" and "Reviews code and designs" keep 2 of 4); the pairs that keep the greater share are
 * made first, and of equal shares the one that comes first in the next description, then in the current one. Half
 * keeps a small change to a behaviour readable as a change of words, while two different behaviours that share a
 * word or two ("Writes tests" and "Writes runbooks for on-call" keep 1 of 5) stay one new and one no longer listed. An
 * item that stays unmatched is added, or removed. A description of one line is a list of its sentences, as the
 * self-check asks them one by one, so that "Reads SQL. Writes queries." against a list of those two behaviours shows
 * them kept; no description at all is a list of none.
 *
 * @param items the next description's items in its order, each added, changed or unchanged, then the items it no
 * longer lists in the current description's order
 */
public record ItemDiff(List<Item> items) {

	/** Whether the two descriptions are compared item by item: where either of them is a list. */
	public static boolean applies(String current, String next) {
		return (current != null && Description.of(current).list()) || (next != null && Description.of(next).list());
	}

	/**
	 * Compares the current description with the next one.
	 *
	 * @param current the description before, or null where there is none
	 * @param next the description after, or null where there is none
	 */
	public static ItemDiff compare(String current, String next) {
		List<Line> before = lines(current);
		List<Line> after = lines(next);
		Line[] matched = new Line[after.size()];
		boolean[] used = new boolean[before.size()];
		for (int j = 0; j < after.size(); j++) {
			for (int i = 0; i < before.size(); i++) {
				if (!used[i] && before.get(i).text().equals(after.get(j).text())) {
					used[i] = true;
					matched[j] = before.get(i);
					break;
				}
			}
		}
		Changes[] words = new Changes[after.size()];
		for (Pair pair : pairs(before, after, used, matched)) {
			if (!used[pair.current()] && matched[pair.next()] == null) {
				used[pair.current()] = true;
				matched[pair.next()] = before.get(pair.current());
				words[pair.next()] = pair.words();
			}
		}
		List<Item> items = new ArrayList<>();
		for (int j = 0; j < after.size(); j++) {
			Line line = after.get(j);
			if (matched[j] == null) {
				items.add(new Item(Change.ADDED, line.heading(), null, line.text(), null));
			}
			else {
				items.add(new Item((words[j] != null) ? Change.CHANGED : Change.UNCHANGED, line.heading(),
						matched[j].text(), line.text(), words[j]));
			}
		}
		for (int i = 0; i < before.size(); i++) {
			if (!used[i]) {
				Line line = before.get(i);
				items.add(new Item(Change.REMOVED, line.heading(), line.text(), null, null));
			}
		}
		return new ItemDiff(List.copyOf(items));
	}

	/**
	 * The items of a description, each with the heading it stands under: a list's items, a line's sentences; none
	 * for no description or a blank one.
	 */
	private static List<Line> lines(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		Description description = Description.of(text);
		if (!description.list()) {
			return Sentences.of(description.items().get(0)).stream().map((sentence) -> new Line(null, sentence)).toList();
		}
		return description.groups()
			.stream()
			.flatMap((group) -> group.items().stream().map((item) -> new Line(group.heading(), item)))
			.toList();
	}

	/** Every pair of items left unmatched on both sides that is similar enough, the most similar first. */
	private static List<Pair> pairs(List<Line> before, List<Line> after, boolean[] used, Line[] matched) {
		List<Pair> pairs = new ArrayList<>();
		for (int j = 0; j < after.size(); j++) {
			for (int i = 0; i < before.size(); i++) {
				if (used[i] || matched[j] != null) {
					continue;
				}
				String current = before.get(i).text();
				String next = after.get(j).text();
				Changes changes = WordDiff.compare(current, next);
				double share = WordDiff.share(changes, current, next);
				if (share >= WordDiff.SIMILAR) {
					pairs.add(new Pair(i, j, share, changes));
				}
			}
		}
		pairs.sort(Comparator.comparingDouble(Pair::share)
			.reversed()
			.thenComparingInt(Pair::next)
			.thenComparingInt(Pair::current));
		return pairs;
	}

	/** The items the next description adds. */
	public List<Item> added() {
		return only(Change.ADDED);
	}

	/** The items the next description words differently. */
	public List<Item> changed() {
		return only(Change.CHANGED);
	}

	/** The items the next description no longer lists. */
	public List<Item> removed() {
		return only(Change.REMOVED);
	}

	/** The items both descriptions have word for word. */
	public List<Item> unchanged() {
		return only(Change.UNCHANGED);
	}

	/** How many items had one kind of change. */
	public int count(Change change) {
		return only(change).size();
	}

	/** Whether the two descriptions list the same items, perhaps in another order. */
	public boolean same() {
		return this.items.stream().allMatch((item) -> item.change() == Change.UNCHANGED);
	}

	/**
	 * The items of one kind of change under their headings: each run of items under one heading is a group, so that
	 * a list written under headings ("Example tasks:") reads under them.
	 */
	public List<Group> groups(Change change) {
		List<Group> groups = new ArrayList<>();
		List<Item> run = new ArrayList<>();
		for (Item item : only(change)) {
			if (!run.isEmpty() && !Objects.equals(run.get(0).heading(), item.heading())) {
				groups.add(new Group(run.get(0).heading(), List.copyOf(run)));
				run.clear();
			}
			run.add(item);
		}
		if (!run.isEmpty()) {
			groups.add(new Group(run.get(0).heading(), List.copyOf(run)));
		}
		return groups;
	}

	private List<Item> only(Change change) {
		return this.items.stream().filter((item) -> item.change() == change).toList();
	}

	/** What happened to an item between the two descriptions. */
	public enum Change {

		ADDED, CHANGED, REMOVED, UNCHANGED

	}

	/**
	 * One item and what became of it.
	 *
	 * @param heading the heading the item stands under, in the next description or, for an item removed, in the
	 * current one; null where it stands under none
	 * @param current the item's text in the current description, or null where it is added
	 * @param next the item's text in the next description, or null where it is removed
	 * @param words the word diff between the two texts, for an item changed; null otherwise
	 */
	public record Item(Change change, String heading, String current, String next, Changes words) {
	}

	/** Items of one kind of change that stand under one heading, or under none. */
	public record Group(String heading, List<Item> items) {
	}

	private record Line(String heading, String text) {
	}

	private record Pair(int current, int next, double share, Changes words) {
	}

}

package com.skillmatrix;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.skillmatrix.matrix.Sentences;

/**
 * A description's lines as SPEC section 2 describes them, read here with plain string handling rather than by the
 * application: what the pages that show a list item by item are checked against. A description of two or more lines
 * with text is a list; each line is an item, without its bullet marker ("- ", "* ", "• "), except a line ending with
 * ":" (not a bullet) that has a line of text right under it which is not such a line itself: that line is a heading.
 */
public final class ListItems {

	private static final Pattern BULLET = Pattern.compile("[-*•] \\s*(\\S.*)");

	private ListItems() {
	}

	/**
	 * An item of a list, with the heading it stands under.
	 *
	 * @param heading the heading line, or null where the item stands under none
	 */
	public record Line(String heading, String text) {
	}

	/** Whether the description is a list: more than one of its lines has text. */
	public static boolean isList(String description) {
		return lines(description).size() > 1;
	}

	/** The lines with text, trimmed. */
	public static List<String> lines(String description) {
		List<String> lines = new ArrayList<>();
		for (String line : description.split("\r\n|\r|\n", -1)) {
			if (!line.strip().isEmpty()) {
				lines.add(line.strip());
			}
		}
		return lines;
	}

	/**
	 * The groups of a list: the lines under a heading up to the next heading or blank line, and runs of lines under
	 * none, each with its items in order.
	 */
	public static List<Group> groups(String description) {
		String[] all = description.split("\r\n|\r|\n", -1);
		List<Group> groups = new ArrayList<>();
		Group group = null;
		for (int i = 0; i < all.length; i++) {
			String line = all[i].strip();
			String below = (i + 1 < all.length) ? all[i + 1].strip() : "";
			if (line.isEmpty()) {
				group = null;
			}
			else if (headingCandidate(line) && !below.isEmpty() && !headingCandidate(below)) {
				group = new Group(line, new ArrayList<>());
				groups.add(group);
			}
			else {
				if (group == null || headingCandidate(line)) {
					group = new Group(null, new ArrayList<>());
					groups.add(group);
				}
				Matcher bullet = BULLET.matcher(line);
				group.items().add(bullet.matches() ? bullet.group(1).strip() : line);
			}
		}
		return groups;
	}

	/** Every item of a list, in order, each with its heading; headings themselves are no items. */
	public static List<Line> items(String description) {
		return groups(description).stream()
			.flatMap((group) -> group.items().stream().map((item) -> new Line(group.heading(), item)))
			.toList();
	}

	/**
	 * What a description is self-checked and compared by: a list's items, or the sentences of a description of one
	 * line ({@link Sentences}, whose own tests hold it to the spec's rule).
	 */
	public static List<String> statements(String description) {
		if (isList(description)) {
			return texts(description);
		}
		boolean oneLine = !description.contains("\n") && !description.contains("\r");
		return Sentences.of(oneLine ? description : lines(description).get(0));
	}

	/** The texts of a list's items, without their headings. */
	public static List<String> texts(String description) {
		return items(description).stream().map(Line::text).toList();
	}

	/** The headings of a list, in order, each as often as it heads lines. */
	public static List<String> headings(String description) {
		return groups(description).stream().map(Group::heading).filter((heading) -> heading != null).toList();
	}

	/**
	 * Lines that stand together.
	 *
	 * @param heading the heading line, or null for lines under none
	 */
	public record Group(String heading, List<String> items) {
	}

	private static boolean headingCandidate(String line) {
		return line.endsWith(":") && !BULLET.matcher(line).matches();
	}

}

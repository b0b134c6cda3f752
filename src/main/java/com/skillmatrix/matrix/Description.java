package com.skillmatrix.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A cell's description as its lines shape it. Career frameworks write a cell as a list: one behaviour a line,
 * headings that end with a colon, bullet markers, and blank lines between groups. A description of one line is
 * one item, shown as a sentence; a description of several lines is a list.
 * <p>
 * The text is kept exactly; the structure only says where each line belongs. A line ending with ":" heads the lines
 * under it, up to the next heading or blank line; a bullet marker ("- ", "* ", "• ") at a line's start is the
 * list's business, not part of the item's text.
 *
 * @param text the description exactly as the data has it
 * @param groups the groups of lines, in order; a one-line description is one group of one item
 */
public record Description(String text, List<Group> groups) {

	private static final Pattern LINE_BREAK = Pattern.compile("\r\n|\r|\n");

	private static final List<String> BULLETS = List.of("- ", "* ", "• ");

	public static Description of(String text) {
		// Most descriptions are one line: a page of a whole role reads hundreds, and needs no split to see it.
		String[] lines = (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) ? new String[] { text }
				: LINE_BREAK.split(text, -1);
		if (lines.length == 1) {
			return new Description(text, List.of(new Group(null, List.of(text))));
		}
		List<Group> groups = new ArrayList<>();
		String heading = null;
		List<String> items = new ArrayList<>();
		for (String line : lines) {
			String content = line.strip();
			if (content.isEmpty() || isHeading(content)) {
				close(groups, heading, items);
				heading = content.isEmpty() ? null : content;
				items = new ArrayList<>();
			}
			else {
				items.add(withoutBullet(content));
			}
		}
		close(groups, heading, items);
		if (groups.isEmpty()) {
			return new Description(text, List.of(new Group(null, List.of(text.strip()))));
		}
		return new Description(text, List.copyOf(groups));
	}

	/** A heading ends with a colon and is no bullet point: "Example tasks:" heads, "- Owns the backlog:" does not. */
	private static boolean isHeading(String line) {
		return line.endsWith(":") && withoutBullet(line).equals(line);
	}

	private static String withoutBullet(String line) {
		for (String bullet : BULLETS) {
			if (line.startsWith(bullet) && !line.substring(bullet.length()).isBlank()) {
				return line.substring(bullet.length()).strip();
			}
		}
		return line;
	}

	/** A heading with no lines under it is a line of its own: it heads nothing. */
	private static void close(List<Group> groups, String heading, List<String> items) {
		if (heading != null && items.isEmpty()) {
			groups.add(new Group(null, List.of(heading)));
		}
		else if (heading != null || !items.isEmpty()) {
			groups.add(new Group(heading, List.copyOf(items)));
		}
	}

	/** Whether the description has more than one line of text, and so is shown as a list. */
	public boolean list() {
		return this.groups.size() > 1 || this.groups.get(0).heading() != null
				|| this.groups.get(0).items().size() > 1;
	}

	/** Every item, in order, without the headings: the behaviours a list describes. */
	public List<String> items() {
		return this.groups.stream().flatMap((group) -> group.items().stream()).toList();
	}

	/**
	 * Lines that belong together: under a heading, or between blank lines.
	 *
	 * @param heading the line that heads the group, colon included, or null
	 * @param items the group's lines, without their bullet markers
	 */
	public record Group(String heading, List<String> items) {

		/** Whether the group is one line on its own, shown as a sentence rather than as a list of one. */
		public boolean single() {
			return this.heading == null && this.items.size() == 1;
		}

	}

}

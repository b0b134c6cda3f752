package com.skillmatrix;

import java.util.ArrayList;
import java.util.List;

import com.skillmatrix.matrix.Sentences;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How a page must show a description, worked out from its text alone, without the application's reading of it. A text
 * of one line is shown as it is, as the element's own text. A text of several lines shows each line that is not blank
 * as an element of its own, holding the line without the white space around it and without its bullet marker
 * ({@code "- "}, {@code "* "}, {@code "• "}): a line ending with a colon (and no bullet) is a paragraph, heading the
 * list under it if one follows; lines in a row form a list of items, as does a single line under a heading; a line
 * alone between blank lines is a paragraph. Where only one line is not blank, that line is shown as a one-line text.
 * <p>
 * The same reading gives a list's items, as SPEC section 2 describes them and as the pages that self-check and compare
 * a list item by item show them: a description of two or more lines with text is a list; each line is an item,
 * without its bullet marker, except a heading-shaped line with a line of text right under it that is not heading-shaped
 * itself: that line is a heading, and heads the items under it up to the next heading or blank line.
 */
public final class DescriptionLines {

	private static final List<String> BULLETS = List.of("- ", "* ", "• ");

	private DescriptionLines() {
	}

	/**
	 * A line as a page shows it.
	 *
	 * @param element "li" or "p", or null for the one line of a description shown as its element's own text
	 * @param heads whether the line heads a list that follows it
	 */
	public record Line(String element, String text, boolean heads) {

		@Override
		public String toString() {
			return this.element + ": " + this.text;
		}

	}

	/** The lines the page must show of a description, in order. */
	public static List<Line> expected(String description) {
		String[] raw = description.split("\r\n|\r|\n", -1);
		if (raw.length == 1) {
			return List.of(new Line(null, description, false));
		}
		List<String> lines = new ArrayList<>();
		for (String line : raw) {
			lines.add(line.strip());
		}
		List<String> texts = lines.stream().filter((line) -> !line.isEmpty()).toList();
		if (texts.size() <= 1) {
			return List.of(new Line(null, texts.isEmpty() ? "" : unbulleted(texts.get(0)), false));
		}
		List<Line> shown = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (line.isEmpty()) {
				continue;
			}
			if (headingShaped(line)) {
				boolean heads = i + 1 < lines.size() && item(lines.get(i + 1));
				shown.add(new Line("p", line, heads));
				continue;
			}
			int start = i;
			while (start > 0 && item(lines.get(start - 1))) {
				start--;
			}
			int end = i;
			while (end + 1 < lines.size() && item(lines.get(end + 1))) {
				end++;
			}
			boolean headed = start > 0 && headingShaped(lines.get(start - 1));
			shown.add(new Line((headed || end > start) ? "li" : "p", unbulleted(line), false));
		}
		return shown;
	}

	/** The texts of the lines the page must show of a description, in order. */
	public static List<String> lines(String description) {
		return expected(description).stream().map(Line::text).toList();
	}

	/** The text a reader sees of a description, its lines one after another: jsoup's {@code text()} of it. */
	public static String text(String description) {
		List<Line> lines = expected(description);
		if (lines.get(0).element() == null) {
			return description;
		}
		return String.join(" ", lines(description));
	}

	/** The texts of the lines an element shows: its list items and paragraphs, or else its own text. */
	public static List<String> shown(Element element) {
		List<Element> lines = element.select("li, p");
		if (lines.isEmpty()) {
			return List.of(element.wholeText());
		}
		return lines.stream().map(Element::wholeText).toList();
	}

	/**
	 * Asserts that an element shows a description line by line: one line as the element's own text, exactly; several,
	 * each as a list item or a paragraph of its own holding exactly that line, with no text outside them, and a
	 * heading followed by the list of the lines it heads.
	 */
	public static void assertShows(Element element, String description) {
		assertThat(element).as("the element of a description").isNotNull();
		List<Line> expected = expected(description);
		if (expected.get(0).element() == null) {
			assertThat(element.children()).as("a description of one line: " + description).isEmpty();
			assertThat(element.wholeText()).isEqualTo(expected.get(0).text());
			return;
		}
		List<Element> lines = element.select("li, p");
		assertThat(lines.stream().map((line) -> line.tagName() + ": " + line.wholeText()).toList())
			.as("the lines of " + description)
			.isEqualTo(expected.stream().map(Line::toString).toList());
		assertThat(element.select("*").textNodes().stream().filter((node) -> node.parent() != null
				&& !((Element) node.parent()).tagName().matches("li|p")).map(TextNode::text))
			.as("text outside the lines of " + description)
			.allMatch(String::isBlank);
		for (int i = 0; i < expected.size(); i++) {
			Element line = lines.get(i);
			if (line.tagName().equals("li")) {
				assertThat(line.parent().tagName()).isEqualTo("ul");
			}
			if (expected.get(i).heads()) {
				Element list = line.nextElementSibling();
				assertThat(list).as("the list under " + expected.get(i).text()).isNotNull();
				assertThat(list.tagName()).isEqualTo("ul");
				assertThat(list.child(0).wholeText()).isEqualTo(expected.get(i + 1).text());
			}
		}
	}

	/** Whether the description is a list: more than one of its lines has text. */
	public static boolean isList(String description) {
		return withText(description).size() > 1;
	}

	/**
	 * An item of a list, with the heading it stands under.
	 *
	 * @param heading the heading line, or null where the item stands under none
	 */
	public record Item(String heading, String text) {
	}

	/**
	 * Lines that stand together.
	 *
	 * @param heading the heading line, or null for lines under none
	 */
	public record Group(String heading, List<String> items) {
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
			else if (headingShaped(line) && item(below)) {
				group = new Group(line, new ArrayList<>());
				groups.add(group);
			}
			else {
				if (group == null || headingShaped(line)) {
					group = new Group(null, new ArrayList<>());
					groups.add(group);
				}
				group.items().add(unbulleted(line));
			}
		}
		return groups;
	}

	/** Every item of a list, in order, each with its heading; headings themselves are no items. */
	public static List<Item> items(String description) {
		return groups(description).stream()
			.flatMap((group) -> group.items().stream().map((item) -> new Item(group.heading(), item)))
			.toList();
	}

	/** The texts of a list's items, without their headings. */
	public static List<String> texts(String description) {
		return items(description).stream().map(Item::text).toList();
	}

	/** The headings of a list, in order, each as often as it heads lines. */
	public static List<String> headings(String description) {
		return groups(description).stream().map(Group::heading).filter((heading) -> heading != null).toList();
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
		return Sentences.of(oneLine ? description : withText(description).get(0));
	}

	/** The lines with text, trimmed. */
	private static List<String> withText(String description) {
		List<String> lines = new ArrayList<>();
		for (String line : description.split("\r\n|\r|\n", -1)) {
			if (!line.strip().isEmpty()) {
				lines.add(line.strip());
			}
		}
		return lines;
	}

	private static boolean headingShaped(String line) {
		return line.endsWith(":") && unbulleted(line).equals(line);
	}

	/** A line that is neither blank nor heading-shaped: an item of a list or a paragraph. */
	private static boolean item(String line) {
		return !line.isEmpty() && !headingShaped(line);
	}

	private static String unbulleted(String line) {
		for (String bullet : BULLETS) {
			if (line.startsWith(bullet) && !line.substring(bullet.length()).isBlank()) {
				return line.substring(bullet.length()).strip();
			}
		}
		return line;
	}

}

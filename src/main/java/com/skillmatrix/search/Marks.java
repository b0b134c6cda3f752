package com.skillmatrix.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.skillmatrix.matrix.Description;
import com.skillmatrix.search.SearchResults.Segment;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Marks the words of a text that a search matched: the text is analysed as the index analysed it, and each word whose
 * indexed form the search looked for is marked at its offsets. The result is plain text in segments, for the template
 * to escape, never markup.
 */
final class Marks {

	private static final String ELLIPSIS = "…";

	private final Analyzer analyzer;

	private final Set<String> terms;

	Marks(Analyzer analyzer, Set<String> terms) {
		this.analyzer = analyzer;
		this.terms = terms;
	}

	/** The whole text, its matched words marked. */
	List<Segment> all(String text) {
		return segments(text, ranges(text), 0, text.length());
	}

	/**
	 * At most about {@code length} characters of the text around its first match, cut between words, with an
	 * ellipsis where it was cut; the whole text where it is short enough.
	 */
	List<Segment> snippet(String text, int length) {
		List<int[]> ranges = ranges(text);
		if (text.length() <= length) {
			return segments(text, ranges, 0, text.length());
		}
		int first = ranges.isEmpty() ? 0 : ranges.get(0)[0];
		int start = Math.max(0, first - length / 4);
		if (start > 0) {
			start = Math.min(afterSpace(text, start), first);
		}
		int end = Math.min(text.length(), start + length);
		if (end < text.length()) {
			end = beforeSpace(text, end, start);
		}
		List<Segment> segments = new ArrayList<>();
		if (start > 0) {
			segments.add(new Segment(ELLIPSIS, false));
		}
		segments.addAll(segments(text, ranges, start, end));
		if (end < text.length()) {
			segments.add(new Segment(ELLIPSIS, false));
		}
		return segments;
	}

	/**
	 * A description's snippet. Of a list, the line that holds the most of the words looked for (the first of those
	 * that hold as many), without its bullet marker: lines cut and run together would read as one sentence that the
	 * matrix never wrote. Of one line, {@link #snippet(String, int)}.
	 */
	List<Segment> snippet(Description description, int length) {
		if (!description.list()) {
			return snippet(description.text(), length);
		}
		String best = null;
		int most = -1;
		for (Description.Group group : description.groups()) {
			List<String> lines = new ArrayList<>(group.items());
			if (group.heading() != null) {
				lines.add(0, group.heading());
			}
			for (String line : lines) {
				int found = found(line).size();
				if (found > most) {
					best = line;
					most = found;
				}
			}
		}
		return snippet(best, length);
	}

	/** Where the matched words are, those only blank apart joined into one. */
	private List<int[]> ranges(String text) {
		List<int[]> ranges = new ArrayList<>();
		matches(text, (term, start, end) -> {
			int[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
			if (last != null && text.substring(last[1], start).isBlank()) {
				last[1] = end;
			}
			else {
				ranges.add(new int[] { start, end });
			}
		});
		return ranges;
	}

	/** The terms looked for that the text holds. */
	private Set<String> found(String text) {
		Set<String> found = new HashSet<>();
		matches(text, (term, start, end) -> found.add(term));
		return found;
	}

	/** Each word of the text whose indexed form is looked for, in order, with its offsets. */
	private void matches(String text, Match match) {
		if (this.terms.isEmpty()) {
			return;
		}
		try (TokenStream tokens = this.analyzer.tokenStream("", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
			tokens.reset();
			while (tokens.incrementToken()) {
				if (this.terms.contains(term.toString())) {
					match.at(term.toString(), offset.startOffset(), offset.endOffset());
				}
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Text in memory cannot fail to be read", ex);
		}
	}

	private interface Match {

		void at(String term, int start, int end);

	}

	/** The text from start to end in segments, marked where a range covers it. */
	private static List<Segment> segments(String text, List<int[]> ranges, int start, int end) {
		List<Segment> segments = new ArrayList<>();
		int at = start;
		for (int[] range : ranges) {
			int from = Math.max(range[0], start);
			int to = Math.min(range[1], end);
			if (from >= to) {
				continue;
			}
			if (at < from) {
				segments.add(new Segment(text.substring(at, from), false));
			}
			segments.add(new Segment(text.substring(from, to), true));
			at = to;
		}
		if (at < end) {
			segments.add(new Segment(text.substring(at, end), false));
		}
		return segments;
	}

	/** The start of the first word at or after the index. */
	private static int afterSpace(String text, int index) {
		int space = index;
		while (space > 0 && space < text.length() && !Character.isWhitespace(text.charAt(space - 1))) {
			space++;
		}
		while (space < text.length() && Character.isWhitespace(text.charAt(space))) {
			space++;
		}
		return space;
	}

	/** The end of the last word that ends at or before the index, and after the start. */
	private static int beforeSpace(String text, int index, int start) {
		int space = index;
		while (space > start && !Character.isWhitespace(text.charAt(space))) {
			space--;
		}
		while (space > start && Character.isWhitespace(text.charAt(space - 1))) {
			space--;
		}
		if (space > start) {
			return space;
		}
		// One word longer than the snippet: cut it, but not within a character.
		return Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
	}

}

package com.skillmatrix.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.skillmatrix.index.SearchResults.Segment;
import com.skillmatrix.matrix.Description;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * The words of a text that a search matched, marked by Lucene's unified highlighter ({@link TermHighlighter}): the
 * text is analysed as the index analysed it, and every word whose stem the search looked for is marked. The result is
 * plain text in segments, for the template to escape, never markup.
 */
final class Highlights {

	/** A snippet's length in characters, about: three lines of text. */
	static final int SNIPPET = 240;

	/** Of the snippet's length, the share before the best match. */
	private static final float BEFORE_MATCH = 0.25f;

	private static final String ELLIPSIS = "…";

	/** Any name for the field: the highlighter only needs the query's terms to be of the field it analyses. */
	private static final String FIELD = Documents.TEXT;

	private final UnifiedHighlighter whole;

	private final UnifiedHighlighter snippets;

	Highlights(Analyzer stems) {
		this.whole = highlighter(stems, WholeBreakIterator::new);
		// Passages of about the snippet's length, cut after a space, and so between words.
		this.snippets = highlighter(stems, () -> LengthGoalBreakIterator
			.createClosestToLength(new CustomSeparatorBreakIterator(' '), SNIPPET, BEFORE_MATCH));
	}

	/** What to mark: every stem given, wherever it stands. */
	static Query terms(Collection<String> stems) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		stems.forEach((stem) -> query.add(new TermQuery(new Term(FIELD, stem)), Occur.SHOULD));
		return query.build();
	}

	/** The whole text, its matched words marked. */
	List<Segment> all(Query terms, String text) {
		return highlight(this.whole, terms, text).segments();
	}

	/**
	 * About {@link #SNIPPET} characters of the text around its best match, cut between words, with an ellipsis where
	 * it was cut; the whole text where it is short enough.
	 */
	List<Segment> snippet(Query terms, String text) {
		return snippetOf(terms, text).segments();
	}

	/**
	 * A description's snippet. Of a list, the line that holds the most of the words looked for (the first of those
	 * that hold as many), without its bullet marker: lines cut and run together would read as one sentence that the
	 * matrix never wrote. Of one line, {@link #snippet(Query, String)}.
	 */
	List<Segment> snippet(Query terms, Description description) {
		if (!description.list()) {
			return snippet(terms, description.text());
		}
		Highlight best = null;
		for (Description.Group group : description.groups()) {
			List<String> lines = new ArrayList<>(group.items());
			if (group.heading() != null) {
				lines.add(0, group.heading());
			}
			for (String line : lines) {
				Highlight highlight = snippetOf(terms, line);
				if (best == null || highlight.terms() > best.terms()) {
					best = highlight;
				}
			}
		}
		return best.segments();
	}

	private Highlight snippetOf(Query terms, String text) {
		return highlight((text.length() <= SNIPPET) ? this.whole : this.snippets, terms, text);
	}

	private static Highlight highlight(UnifiedHighlighter highlighter, Query terms, String text) {
		try {
			Highlight highlight = (Highlight) highlighter.highlightWithoutSearcher(FIELD, terms, text, 1);
			return (highlight != null) ? highlight : new Highlight(List.of(), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Text in memory cannot fail to be read", ex);
		}
	}

	private static UnifiedHighlighter highlighter(Analyzer stems, Supplier<BreakIterator> breakIterator) {
		return new TermHighlighter(UnifiedHighlighter.builderWithoutSearcher(stems)
			.withBreakIterator(breakIterator)
			.withFormatter(new SegmentFormatter())
			.withWeightMatches(false)
			.withMaxLength(Integer.MAX_VALUE - 1));
	}

	/**
	 * A passage in segments.
	 *
	 * @param terms how many distinct terms of the search it holds
	 */
	record Highlight(List<Segment> segments, int terms) {
	}

	/**
	 * Formats a passage as segments rather than HTML, its matches marked, those only blank apart as one; and an
	 * ellipsis where the passage begins or ends within the text.
	 */
	static final class SegmentFormatter extends PassageFormatter {

		@Override
		public Highlight format(Passage[] passages, String content) {
			Passage passage = passages[0];
			int start = passage.getStartOffset();
			int end = passage.getEndOffset();
			while (start < end && Character.isWhitespace(content.charAt(start))) {
				start++;
			}
			while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
				end--;
			}
			List<Segment> segments = new ArrayList<>();
			if (start > 0) {
				segments.add(new Segment(ELLIPSIS, false));
			}
			Set<String> terms = new HashSet<>();
			int at = start;
			int markStart = -1;
			int markEnd = -1;
			for (int i = 0; i < passage.getNumMatches(); i++) {
				terms.add(passage.getMatchTerms()[i].utf8ToString());
				int from = Math.max(passage.getMatchStarts()[i], (markStart >= 0) ? markEnd : at);
				int to = Math.min(passage.getMatchEnds()[i], end);
				if (from >= to) {
					continue;
				}
				if (markStart >= 0 && content.substring(markEnd, from).isBlank()) {
					markEnd = to;
					continue;
				}
				if (markStart >= 0) {
					segments.add(new Segment(content.substring(markStart, markEnd), true));
					at = markEnd;
				}
				if (at < from) {
					segments.add(new Segment(content.substring(at, from), false));
				}
				markStart = from;
				markEnd = to;
			}
			if (markStart >= 0) {
				segments.add(new Segment(content.substring(markStart, markEnd), true));
				at = markEnd;
			}
			if (at < end) {
				segments.add(new Segment(content.substring(at, end), false));
			}
			if (end < content.length()) {
				segments.add(new Segment(ELLIPSIS, false));
			}
			return new Highlight(segments, terms.size());
		}

	}

}

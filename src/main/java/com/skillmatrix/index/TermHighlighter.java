package com.skillmatrix.index;

import java.io.IOException;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.search.uhighlight.AnalysisOffsetStrategy;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's unified highlighter for plain terms in text that no index holds, made cheap enough to run on every result
 * of a search. Given text rather than an index, Lucene writes the text into an index in memory to find where its
 * terms stand, and sizes buffers for it and for every passage it weighs; this highlighter finds the same places by
 * analysing the text once, and weighs passages without the buffers. The highlighter's own passages, scores and
 * formatter do the rest, so it marks exactly what Lucene's would.
 */
final class TermHighlighter extends UnifiedHighlighter {

	TermHighlighter(Builder builder) {
		super(builder.withScorer(new Scorer()));
	}

	@Override
	protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
		boolean termsOnly = components.getTerms().length > 0 && components.getAutomata().length == 0
				&& !components.getPhraseHelper().hasPositionSensitivity() && !components.hasUnrecognizedQueryPart();
		return (source == OffsetSource.ANALYSIS && termsOnly) ? new TermOffsets(components, getIndexAnalyzer())
				: super.getOffsetStrategy(source, components);
	}

	/**
	 * Where the text holds each term, in the order of the text, with how often the term comes in all: what Lucene
	 * reads back from its index in memory, one term after another merged by place.
	 */
	private static final class TermOffsets extends AnalysisOffsetStrategy {

		/** Each term's place in the components' terms. */
		private final CharArrayMap<Integer> terms = new CharArrayMap<>(8, false);

		TermOffsets(UHComponents components, Analyzer analyzer) {
			super(components, analyzer);
			BytesRef[] all = components.getTerms();
			for (int i = 0; i < all.length; i++) {
				this.terms.put(all[i].utf8ToString(), i);
			}
		}

		@Override
		public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
			Matches matches = new Matches(this.components.getTerms());
			try (TokenStream tokens = tokenStream(content)) {
				CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
				OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
				tokens.reset();
				while (tokens.incrementToken()) {
					Integer found = this.terms.get(term.buffer(), 0, term.length());
					if (found != null) {
						matches.add(found, offset.startOffset(), offset.endOffset());
					}
				}
				tokens.end();
			}
			return matches;
		}

	}

	/** The matches of a text, in its order. */
	private static final class Matches extends OffsetsEnum {

		private final BytesRef[] terms;

		/** How often each term comes in the text. */
		private final int[] counts;

		private int[] which = new int[8];

		private int[] starts = new int[8];

		private int[] ends = new int[8];

		private int size;

		private int at = -1;

		Matches(BytesRef[] terms) {
			this.terms = terms;
			this.counts = new int[terms.length];
		}

		void add(int term, int start, int end) {
			if (this.size == this.which.length) {
				int length = ArrayUtil.oversize(this.size + 1, Integer.BYTES);
				this.which = ArrayUtil.growExact(this.which, length);
				this.starts = ArrayUtil.growExact(this.starts, length);
				this.ends = ArrayUtil.growExact(this.ends, length);
			}
			this.which[this.size] = term;
			this.starts[this.size] = start;
			this.ends[this.size] = end;
			this.size++;
			this.counts[term]++;
		}

		@Override
		public boolean nextPosition() {
			if (this.at < this.size) {
				this.at++;
			}
			return this.at < this.size;
		}

		@Override
		public int freq() {
			return this.counts[this.which[this.at]];
		}

		@Override
		public BytesRef getTerm() {
			return this.terms[this.which[this.at]];
		}

		@Override
		public int startOffset() {
			return this.starts[this.at];
		}

		@Override
		public int endOffset() {
			return this.ends[this.at];
		}

	}

	/**
	 * Lucene's passage score, in the same arithmetic and order, without the hash of terms that Lucene sizes for every
	 * passage it weighs: a passage holds a few matches, which are compared directly.
	 */
	private static final class Scorer extends PassageScorer {

		@Override
		public float score(Passage passage, int contentLength) {
			int matches = passage.getNumMatches();
			BytesRef[] terms = passage.getMatchTerms();
			int[] inText = passage.getMatchTermFreqsInDoc();
			double score = 0d;
			// Each term once, where it first comes, as Lucene adds them up.
			for (int i = 0; i < matches; i++) {
				if (seenBefore(terms, i)) {
					continue;
				}
				int inPassage = 0;
				for (int j = i; j < matches; j++) {
					if (terms[j].bytesEquals(terms[i])) {
						inPassage++;
					}
				}
				score += tf(inPassage, passage.getLength()) * weight(contentLength, inText[i]);
			}
			score *= norm(passage.getStartOffset());
			return (float) score;
		}

		private static boolean seenBefore(BytesRef[] terms, int i) {
			for (int j = 0; j < i; j++) {
				if (terms[j].bytesEquals(terms[i])) {
					return true;
				}
			}
			return false;
		}

	}

}

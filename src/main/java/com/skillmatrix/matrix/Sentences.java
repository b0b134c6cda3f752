package com.skillmatrix.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A description's sentences, the statements a self-check asks about. Joined with single spaces they give the
 * description back exactly, so that nothing is reworded, added or dropped.
 * <p>
 * A sentence ends at ".", "!", "?" or "…", with any closing quotes or brackets after it, where a space follows and
 * the next sentence starts with a capital letter (or an opening quote or bracket and a capital). Not at a dot inside
 * a word ("Node.js", "v2.1"), nor after an abbreviation that usually comes before a name ("e.g. AWS", "i.e.", "vs.")
 * or initials ("U.S."). A version number ends a sentence like any other word: "Configures KV v2. Rotates tokens."
 * is two. A break is made only where the space before the next sentence is a single space character, the one the
 * sentences are joined with again; any other white space before it stays with the sentence it follows.
 */
public final class Sentences {

	private static final String TERMINATORS = ".!?…";

	private static final String CLOSERS = "\"'”’)]»";

	private static final String OPENERS = "\"'“‘([«";

	/** Abbreviations that are followed by a capital more often than they end a sentence. */
	private static final Set<String> ABBREVIATIONS = Set.of("e.g", "i.e", "vs", "cf", "incl", "approx", "esp",
			"resp", "viz", "ca", "mr", "mrs", "ms", "dr", "prof", "fig");

	/** Initials and abbreviations of single letters with dots between them: "e.g", "U.S", "z.B". */
	private static final Pattern INITIALS = Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

	private Sentences() {
	}

	public static List<String> of(String text) {
		List<String> sentences = new ArrayList<>();
		int start = 0;
		int at = 0;
		while (at < text.length()) {
			if (TERMINATORS.indexOf(text.charAt(at)) < 0) {
				at++;
				continue;
			}
			int end = at + 1;
			while (end < text.length()
					&& (TERMINATORS.indexOf(text.charAt(end)) >= 0 || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
				end++;
			}
			int next = end;
			while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
				next++;
			}
			if (next > end && next < text.length() && text.charAt(next - 1) == ' ' && startsSentence(text, next)
					&& !(text.charAt(at) == '.' && abbreviation(text, at))) {
				sentences.add(text.substring(start, next - 1));
				start = next;
			}
			at = next;
		}
		sentences.add(text.substring(start));
		return sentences;
	}

	private static boolean startsSentence(String text, int index) {
		char first = text.charAt(index);
		if (OPENERS.indexOf(first) >= 0 && index + 1 < text.length()) {
			first = text.charAt(index + 1);
		}
		return Character.isUpperCase(first) || Character.isTitleCase(first);
	}

	/** Whether the word that the dot at {@code dot} ends is an abbreviation rather than the end of a sentence. */
	private static boolean abbreviation(String text, int dot) {
		int from = dot;
		while (from > 0 && (Character.isLetterOrDigit(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
			from--;
		}
		String word = text.substring(from, dot);
		return ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT)) || INITIALS.matcher(word).matches();
	}

}

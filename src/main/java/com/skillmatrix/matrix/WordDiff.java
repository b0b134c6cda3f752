package com.skillmatrix.matrix;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word-level comparison of two descriptions: what the next level keeps, adds and drops.
 * <p>
 * Both texts are cut into words, punctuation marks and white space; the words and marks that both share are found
 * as their longest common subsequence, and the rest is added (in the next text) or removed (from the current one).
 * White space belongs to the change around it, so that "adds two words" shows as one addition. Joining either
 * side's segments gives back its text exactly.
 */
public final class WordDiff {

	private static final Pattern TOKEN = Pattern
		.compile("\\s+|[\\p{L}\\p{N}]+(?:['’][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

	private WordDiff() {
	}

	/**
	 * Two texts are alike where the comparison keeps at least this share of the longer one's words: as an item
	 * re-worded ({@link ItemDiff}), and as a description whose words are worth marking ({@link #compareAlike}).
	 */
	static final double SIMILAR = 0.5;

	public static Changes compare(String current, String next) {
		List<String> before = tokens(current);
		List<String> after = tokens(next);
		boolean[][] kept = common(before, after);
		return new Changes(segments(before, kept[0], Change.REMOVED), segments(after, kept[1], Change.ADDED));
	}

	/**
	 * The comparison as a reader takes it in: word by word where the two texts are alike, else the one text replaced
	 * by the other, since the few words two different texts share ("in", "of the") would mark nothing but noise.
	 */
	public static Changes compareAlike(String current, String next) {
		List<String> before = tokens(current);
		List<String> after = tokens(next);
		boolean[][] kept = common(before, after);
		int longer = Math.max(words(before, null), words(after, null));
		if (longer > 0 && words(before, kept[0]) >= SIMILAR * longer) {
			return new Changes(segments(before, kept[0], Change.REMOVED), segments(after, kept[1], Change.ADDED));
		}
		return new Changes(whole(current, Change.REMOVED), whole(next, Change.ADDED));
	}

	/** How many of the tokens are words, of those kept where that is given. */
	private static int words(List<String> tokens, boolean[] kept) {
		int words = 0;
		for (int index = 0; index < tokens.size(); index++) {
			if ((kept == null || kept[index]) && isWord(tokens.get(index))) {
				words++;
			}
		}
		return words;
	}

	/** Whether a token is a word: {@link #TOKEN} makes a token of letters and digits, or of one other character. */
	private static boolean isWord(String token) {
		int first = token.codePointAt(0);
		int type = Character.getType(first);
		return Character.isLetter(first) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
				|| type == Character.OTHER_NUMBER;
	}

	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	/** Which tokens of each side belong to the longest common subsequence of their words and marks. */
	private static boolean[][] common(List<String> before, List<String> after) {
		int[] left = wordIndexes(before);
		int[] right = wordIndexes(after);
		int[][] length = new int[left.length + 1][right.length + 1];
		for (int i = left.length - 1; i >= 0; i--) {
			for (int j = right.length - 1; j >= 0; j--) {
				length[i][j] = before.get(left[i]).equals(after.get(right[j])) ? length[i + 1][j + 1] + 1
						: Math.max(length[i + 1][j], length[i][j + 1]);
			}
		}
		boolean[] keptBefore = blanks(before);
		boolean[] keptAfter = blanks(after);
		int i = 0;
		int j = 0;
		while (i < left.length && j < right.length) {
			if (before.get(left[i]).equals(after.get(right[j]))) {
				keptBefore[left[i++]] = true;
				keptAfter[right[j++]] = true;
			}
			else if (length[i + 1][j] >= length[i][j + 1]) {
				i++;
			}
			else {
				j++;
			}
		}
		joinChanges(before, keptBefore);
		joinChanges(after, keptAfter);
		return new boolean[][] { keptBefore, keptAfter };
	}

	/** White space is not compared: it starts out kept, and {@link #joinChanges} decides. */
	private static boolean[] blanks(List<String> tokens) {
		boolean[] blank = new boolean[tokens.size()];
		for (int index = 0; index < tokens.size(); index++) {
			blank[index] = tokens.get(index).isBlank();
		}
		return blank;
	}

	private static int[] wordIndexes(List<String> tokens) {
		int[] indexes = new int[tokens.size()];
		int count = 0;
		for (int index = 0; index < tokens.size(); index++) {
			if (!tokens.get(index).isBlank()) {
				indexes[count++] = index;
			}
		}
		return Arrays.copyOf(indexes, count);
	}

	/**
	 * White space and punctuation left alone between two changes join them, so that a change reads as one run
	 * rather than as pieces split by a shared comma.
	 */
	private static void joinChanges(List<String> tokens, boolean[] kept) {
		int index = 0;
		while (index < tokens.size()) {
			if (!kept[index]) {
				index++;
				continue;
			}
			int end = index;
			boolean words = false;
			while (end < tokens.size() && kept[end]) {
				words |= isWord(tokens.get(end));
				end++;
			}
			if (!words && index > 0 && end < tokens.size()) {
				Arrays.fill(kept, index, end, false);
			}
			index = end;
		}
	}

	/** The share of the longer text's words that the comparison keeps; none for two texts without words. */
	static double share(Changes changes, String current, String next) {
		int longer = Math.max(words(current), words(next));
		return (longer > 0) ? (double) keptWords(changes) / longer : 0;
	}

	private static List<Segment> whole(String text, Change change) {
		return text.isEmpty() ? List.of() : List.of(new Segment(text, change));
	}

	/** How many words a text has: its runs of letters and digits, not its marks or white space. */
	static int words(String text) {
		return words(tokens(text), null);
	}

	/** How many words of the current text the comparison keeps in the next. */
	static int keptWords(Changes changes) {
		return changes.current()
			.stream()
			.filter((segment) -> segment.change().kept())
			.mapToInt((segment) -> words(segment.text()))
			.sum();
	}

	private static List<Segment> segments(List<String> tokens, boolean[] kept, Change change) {
		List<Segment> segments = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		for (int index = 0; index < tokens.size(); index++) {
			text.append(tokens.get(index));
			boolean last = index + 1 == tokens.size();
			if (last || kept[index] != kept[index + 1]) {
				segments.add(new Segment(text.toString(), kept[index] ? Change.KEPT : change));
				text.setLength(0);
			}
		}
		return segments;
	}

	public enum Change {

		KEPT, ADDED, REMOVED;

		public boolean kept() {
			return this == KEPT;
		}

		public boolean added() {
			return this == ADDED;
		}

		public boolean removed() {
			return this == REMOVED;
		}

	}

	/** A run of text that the next level keeps, adds or removes. */
	public record Segment(String text, Change change) {
	}

	/**
	 * Both descriptions cut into segments: the current one shows what is removed, the next one what is added.
	 */
	public record Changes(List<Segment> current, List<Segment> next) {
	}

}

package com.skillmatrix.matrix;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * How the matrix's names (skills, roles, domains, categories) are put in order, listed under a letter and told
 * apart. A name counts by its words: an emoji, a symbol or punctuation before or between them ("💬 Communication",
 * "★ Incident Commander") does not count, nor do case and accents. So "💬 Communication" sorts among the C's, and a
 * category named like its domain is the same name.
 */
public final class Names {

	/**
	 * Each name's words, worked out once: a sort compares every name many times, and a page of a whole role sorts
	 * hundreds. Bounded, as every load of a changed folder can add names.
	 */
	private static final Cache<String, String> WORDS = Caffeine.newBuilder().maximumSize(20_000).build();

	/** Names by their words; two names with the same words (which only differ in marks) by their text. */
	public static final Comparator<String> ORDER = Comparator.comparing((String name) -> WORDS.get(name, Names::words))
		.thenComparing(Comparator.naturalOrder());

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private Names() {
	}

	/**
	 * A name's words: its runs of letters and digits, lower case, without accents, one space apart. "💬 Communication"
	 * has the word "communication", "Site Reliability Engineer (SRE)" the words "site reliability engineer sre".
	 */
	public static String words(String name) {
		String plain = ascii(name) ? name
				: MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
		StringBuilder words = new StringBuilder(plain.length());
		boolean between = false;
		int at = 0;
		while (at < plain.length()) {
			int character = plain.codePointAt(at);
			at += Character.charCount(character);
			if (Character.isLetter(character) || Character.isDigit(character)) {
				if (between && !words.isEmpty()) {
					words.append(' ');
				}
				words.appendCodePoint(character);
				between = false;
			}
			else {
				between = true;
			}
		}
		return words.toString().toLowerCase(Locale.ROOT);
	}

	/**
	 * The letter a name is listed under: its first letter or digit, upper case and without accent ("💬 Communication"
	 * under C, "Écrivain" under E). A letter of another alphabet is a group of its own ("Δelta" under Δ); a name
	 * without letters or digits is listed under its first character.
	 */
	public static String initial(String name) {
		String words = words(name);
		if (words.isEmpty()) {
			return name.isEmpty() ? "" : Character.toString(name.codePointAt(0));
		}
		return Character.toString(Character.toUpperCase(words.codePointAt(0)));
	}

	/** Whether two names are the same words, such as a category named like its domain. */
	public static boolean alike(String name, String other) {
		return words(name).equals(words(other));
	}

	/**
	 * Whether a category's name is shown after its domain's, as in "Security › Infrastructure Security". A category
	 * named like its domain is not: the domain's name says it once ("Engineering", not "Engineering › Engineering").
	 */
	public static boolean showsCategory(String domain, String category) {
		return !alike(domain, category);
	}

	/**
	 * Items in the catalogue's order: by domain, then category, then name, each by {@link #ORDER}.
	 */
	public static <T> Comparator<T> byPlace(Function<T, String> domain, Function<T, String> category,
			Function<T, String> name) {
		return Comparator.comparing(domain, ORDER).thenComparing(category, ORDER).thenComparing(name, ORDER);
	}

	private static boolean ascii(String text) {
		for (int at = 0; at < text.length(); at++) {
			if (text.charAt(at) >= 0x80) {
				return false;
			}
		}
		return true;
	}

}

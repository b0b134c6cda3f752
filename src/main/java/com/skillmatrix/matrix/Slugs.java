package com.skillmatrix.matrix;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rule that gives a name its URL slug, so that links stay stable and readable.
 * <ol>
 * <li>A trailing abbreviation in brackets is dropped: "Site Reliability Engineer (SRE)".</li>
 * <li>"#" reads "sharp", "+" reads "plus" and a dot that starts a word reads "dot": "C#/.NET" becomes
 * "csharp-dotnet" and "C++" "cplusplus", so that it stays apart from "C"; other dots go: "Node.js" becomes
 * "nodejs".</li>
 * <li>Accents are removed, letters lower-cased, and every other run of characters becomes one hyphen.</li>
 * </ol>
 */
public final class Slugs {

	/** What a slug looks like: lower-case words of letters and digits joined by single hyphens. */
	public static final Pattern VALID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

	/** The longest slug the database holds. */
	public static final int MAX_LENGTH = 200;

	private static final Pattern TRAILING_ABBREVIATION = Pattern.compile("\\s*\\(\\p{Lu}{2,}\\)\\s*$");

	private static final Pattern WORD_INITIAL_DOT = Pattern.compile("(?<![\\p{L}\\p{N}])\\.(?=[\\p{L}\\p{N}])");

	private static final Pattern ACCENTS = Pattern.compile("\\p{M}+");

	private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

	private Slugs() {
	}

	/** Whether the text could be a slug: what addresses are checked against before any lookup. */
	public static boolean isSlug(String text) {
		return text.length() <= MAX_LENGTH && VALID.matcher(text).matches();
	}

	/** Whether the name has letters or digits to make a slug of. */
	public static boolean canSlug(String name) {
		try {
			of(name);
			return true;
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	public static String of(String name) {
		String slug = TRAILING_ABBREVIATION.matcher(name).replaceFirst("");
		slug = slug.replace("#", "sharp");
		slug = slug.replace("+", "plus");
		slug = WORD_INITIAL_DOT.matcher(slug).replaceAll("dot");
		slug = slug.replace(".", "");
		slug = ACCENTS.matcher(Normalizer.normalize(slug, Normalizer.Form.NFD)).replaceAll("");
		slug = SEPARATORS.matcher(slug.toLowerCase(Locale.ROOT)).replaceAll("-");
		slug = slug.replaceAll("^-+|-+$", "");
		if (slug.isEmpty()) {
			throw new IllegalArgumentException("'" + name + "' has no letters or digits to make a slug of");
		}
		return slug;
	}

}

package com.skillmatrix.matrix;

import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;

/**
 * The matrix CSV format that the data folder reads and the CSV downloads write: one row per cell, UTF-8, RFC 4180
 * quoting, with the header {@link #HEADER}; and {@code levels.csv}, the levels lowest first. Both sides stand on this
 * one definition, so that a download loads back as it was written.
 * <p>
 * Spreadsheets run a cell that starts with {@code = + - @}, a tab or a carriage return as a formula, so such text
 * is written behind an apostrophe (as OWASP advises) and read back without it: text that already starts with
 * apostrophes before such a character gets one more, so that every text loads back exactly.
 */
public final class MatrixCsvFormat {

	public static final List<String> HEADER = List.of("skill_slug", "skill_name", "domain", "category", "summary",
			"last_updated", "level", "role", "required", "description");

	/** The levels' file in a data folder and among the downloads. */
	public static final String LEVELS_FILE = "levels.csv";

	/** {@code levels.csv}: the levels, lowest first. */
	public static final List<String> LEVELS_HEADER = List.of("slug", "name");

	public static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

	/** The {@code required} column's word for a required cell. */
	public static final String REQUIRED = "required";

	/** The {@code required} column's word for an optional cell. */
	public static final String OPTIONAL = "optional";

	private static final Pattern FORMULA = Pattern.compile("^'*[=+\\-@\t\r]");

	private MatrixCsvFormat() {
	}

	/** Text as a spreadsheet will show it, never as a formula. */
	public static String escape(String text) {
		return FORMULA.matcher(text).find() ? "'" + text : text;
	}

	/** The text that {@link #escape} wrote. */
	public static String unescape(String text) {
		return (text.startsWith("'") && FORMULA.matcher(text).find()) ? text.substring(1) : text;
	}

	/** The {@code required} column's word for a cell. */
	public static String requiredWord(boolean required) {
		return required ? REQUIRED : OPTIONAL;
	}

}

package com.skillmatrix.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import com.skillmatrix.matrix.Slugs;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * The matrix CSV format: one row per cell, UTF-8, RFC 4180 quoting, with the header {@link #HEADER}. A spreadsheet
 * saves it, the CSV downloads are in it, and the data folder reads it.
 * <p>
 * Spreadsheets run a cell that starts with {@code = + - @}, a tab or a carriage return as a formula, so such text
 * is written behind an apostrophe (as OWASP advises) and read back without it: text that already starts with
 * apostrophes before such a character gets one more, so that every text loads back exactly. The files this class
 * writes also quote every field, as OWASP advises, so that a spreadsheet that splits on another separator still keeps
 * each field whole.
 */
public final class MatrixCsv {

	public static final List<String> HEADER = List.of("skill_slug", "skill_name", "domain", "category", "summary",
			"last_updated", "level", "role", "required", "description");

	/** {@code levels.csv}: the levels, lowest first. */
	public static final List<String> LEVELS_HEADER = List.of("slug", "name");

	static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

	private static final CSVFormat WRITTEN = FORMAT.builder().setQuoteMode(QuoteMode.ALL).get();

	private static final Pattern FORMULA = Pattern.compile("^'*[=+\\-@\t\r]");

	private static final String REQUIRED = "required";

	private static final String OPTIONAL = "optional";

	private MatrixCsv() {
	}

	/** Text as a spreadsheet will show it, never as a formula. */
	public static String escape(String text) {
		return FORMULA.matcher(text).find() ? "'" + text : text;
	}

	/** The text that {@link #escape} wrote. */
	static String unescape(String text) {
		return (text.startsWith("'") && FORMULA.matcher(text).find()) ? text.substring(1) : text;
	}

	/** The {@code required} column's word for a cell. */
	public static String requiredWord(boolean required) {
		return required ? REQUIRED : OPTIONAL;
	}

	/** A file of cells in this format: the header, then a row per cell in the order given. */
	public static String write(List<CsvRow> rows) {
		return print(HEADER, rows.stream().map(CsvRow::fields).toList());
	}

	/** {@code levels.csv} for these levels, in their order. */
	public static String writeLevels(List<Matrix.Level> levels) {
		return print(LEVELS_HEADER, levels.stream().map((level) -> List.of(level.slug(), level.name())).toList());
	}

	private static String print(List<String> header, List<List<String>> records) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, WRITTEN)) {
			printer.printRecord(header);
			for (List<String> record : records) {
				printer.printRecord(record.stream().map(MatrixCsv::escape).toList());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	/**
	 * The skills of one file, each with its cells in the order of the file, numbered within each level; the problems
	 * found are added to {@code problems}, and a file with any gives no skills.
	 */
	static List<Matrix.Skill> read(String file, String text, List<Matrix.Level> levels, List<Problem> problems) {
		int before = problems.size();
		Map<String, String> levelsByName = new HashMap<>();
		levels.forEach((level) -> levelsByName.put(level.name(), level.slug()));
		String levelNames = String.join(", ", levels.stream().map(Matrix.Level::name).toList());
		Map<String, SkillRows> skills = new LinkedHashMap<>();
		Lines lines = new Lines(text);
		boolean[] header = { false };
		records(file, text, lines, problems, (record, line) -> {
			Row row = new Row(file, line, record, problems);
			if (!header[0]) {
				header[0] = true;
				if (!HEADER.equals(record.toList())) {
					row.problem("expected the header '" + String.join(",", HEADER) + "'");
				}
				return;
			}
			if (record.size() != HEADER.size()) {
				row.problem("expected " + HEADER.size() + " columns, found " + record.size());
				return;
			}
			String slug = row.text("skill_slug");
			if (!Slugs.isSlug(slug)) {
				row.problem("skill_slug '" + slug + "' is not a slug: lower-case letters and digits joined by hyphens");
			}
			String level = row.text("level");
			String levelSlug = levelsByName.get(level);
			if (levelSlug == null && !level.isEmpty()) {
				row.problem("unknown level '" + level + "'; the levels are " + levelNames);
			}
			String required = row.text("required").toLowerCase(Locale.ROOT);
			if (!required.equals(REQUIRED) && !required.equals(OPTIONAL)) {
				row.problem("required is '" + row.text("required") + "'; write 'required' or 'optional'");
			}
			Matrix.Skill stated = new Matrix.Skill(slug, row.nonEmpty("skill_name"), row.nonEmpty("domain"),
					row.nonEmpty("category"), row.text("summary"), row.date("last_updated"), List.of(), file, line);
			String role = row.nonEmpty("role");
			if (!role.isBlank() && !Slugs.canSlug(role)) {
				row.problem("the role '" + role + "' has no letters or digits to make a slug of");
			}
			String description = row.nonEmpty("description");
			if (row.failed() || levelSlug == null) {
				return;
			}
			SkillRows rows = skills.computeIfAbsent(slug, (key) -> new SkillRows(stated, line));
			if (!rows.header.sameHeader(stated)) {
				row.problem("the skill '" + slug + "' is described differently on line " + rows.line
						+ " (name, domain, category, summary and last_updated must be the same on every row)");
				return;
			}
			rows.add(new Matrix.Cell(role, levelSlug, 0, required.equals(REQUIRED), description, line), row);
		});
		if (problems.size() > before) {
			return List.of();
		}
		if (skills.isEmpty()) {
			problems.add(new Problem(file, 0, "no cells: a matrix CSV file has a header and a row per cell"));
		}
		return skills.values().stream().map((rows) -> rows.skill(levels)).toList();
	}

	/** Each record with the line it starts on; a file that cannot be parsed is a problem where parsing stopped. */
	private static void records(String file, String text, Lines lines, List<Problem> problems,
			RecordHandler handler) {
		try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
			for (CSVRecord record : parser) {
				handler.handle(record, lines.at(record.getCharacterPosition()));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			String reason = Optional.ofNullable(ex.getMessage()).orElse("unreadable CSV");
			problems.add(new Problem(file, lines.count(), "the CSV cannot be read: " + reason));
		}
	}

	private interface RecordHandler {

		void handle(CSVRecord record, int line);

	}

	/** One skill's rows, gathered from wherever they stand in the file. */
	private static final class SkillRows {

		private final Matrix.Skill header;

		private final int line;

		private final List<Matrix.Cell> cells = new ArrayList<>();

		private final Map<String, Integer> lines = new HashMap<>();

		SkillRows(Matrix.Skill header, int line) {
			this.header = header;
			this.line = line;
		}

		void add(Matrix.Cell cell, Row row) {
			Integer first = this.lines.putIfAbsent(cell.key(), cell.line());
			if (first != null) {
				row.problem("the skill '" + this.header.slug() + "' has a second cell for '" + cell.role() + "' at this level (first on line " + first + ")");
				return;
			}
			this.cells.add(cell);
		}

		/** The skill with its cells ordered by level, numbered within each level in the order of the file. */
		Matrix.Skill skill(List<Matrix.Level> levels) {
			List<Matrix.Cell> ordered = new ArrayList<>();
			for (Matrix.Level level : levels) {
				int position = 0;
				for (Matrix.Cell cell : this.cells) {
					if (cell.level().equals(level.slug())) {
						ordered.add(new Matrix.Cell(cell.role(), cell.level(), ++position, cell.required(),
								cell.description(), cell.line()));
					}
				}
			}
			Matrix.Skill header = this.header;
			return new Matrix.Skill(header.slug(), header.name(), header.domain(), header.category(), header.summary(),
					header.lastUpdated(), ordered, header.source(), header.line());
		}

	}

	/** A record's fields by column name, reporting what is wrong with them at the record's line. */
	private static final class Row {

		private final String file;

		private final int line;

		private final CSVRecord record;

		private final List<Problem> problems;

		private boolean failed;

		Row(String file, int line, CSVRecord record, List<Problem> problems) {
			this.file = file;
			this.line = line;
			this.record = record;
			this.problems = problems;
		}

		String text(String column) {
			return unescape(this.record.get(HEADER.indexOf(column)));
		}

		String nonEmpty(String column) {
			String text = text(column);
			if (text.isBlank()) {
				problem(column + " is empty");
			}
			return text;
		}

		LocalDate date(String column) {
			String text = text(column);
			try {
				return LocalDate.parse(text);
			}
			catch (DateTimeParseException ex) {
				problem(column + " '" + text + "' is not a date; write it as YYYY-MM-DD, such as 2026-03-17");
				return null;
			}
		}

		void problem(String message) {
			this.failed = true;
			this.problems.add(new Problem(this.file, this.line, message));
		}

		boolean failed() {
			return this.failed;
		}

	}

	/** Where each line of a text starts, to turn a record's character position into its line. */
	static final class Lines {

		private final int[] starts;

		Lines(String text) {
			int[] starts = new int[16];
			int count = 1;
			for (int i = 0; i < text.length(); i++) {
				if (text.charAt(i) == '\n') {
					if (count == starts.length) {
						starts = Arrays.copyOf(starts, count * 2);
					}
					starts[count++] = i + 1;
				}
			}
			this.starts = Arrays.copyOf(starts, count);
		}

		int at(long position) {
			int found = Arrays.binarySearch(this.starts, (int) position);
			return (found >= 0) ? found + 1 : -found - 1;
		}

		int count() {
			return this.starts.length;
		}

	}

}

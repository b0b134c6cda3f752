package com.skillmatrix.loading;

import java.io.IOException;
import java.io.StringReader;
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

import com.skillmatrix.matrix.MatrixCsvFormat;
import com.skillmatrix.matrix.Slugs;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads files in the matrix CSV format ({@link MatrixCsvFormat}): each row a cell with its skill, every problem
 * reported at its line.
 */
public final class MatrixCsvReader {

	private MatrixCsvReader() {
	}

	/**
	 * The skills of one file, each with its cells in the order of the file, numbered within each level; the problems
	 * found are added to {@code problems}, and a file with any gives no skills.
	 */
	static List<Matrix.Skill> read(String file, String text, List<Matrix.Level> levels, List<DataProblem> problems) {
		int before = problems.size();
		Map<String, String> levelsByName = new HashMap<>();
		levels.forEach((level) -> levelsByName.put(level.name(), level.slug()));
		String levelNames = String.join(", ", levels.stream().map(Matrix.Level::name).toList());
		Map<String, SkillRows> skills = new LinkedHashMap<>();
		Lines lines = new Lines(text);
		boolean[] header = { false };
		records(file, text, lines, problems, (record, line) -> {
			CsvFields row = new CsvFields(file, line, record, problems);
			if (!header[0]) {
				header[0] = true;
				if (!MatrixCsvFormat.HEADER.equals(record.toList())) {
					row.problem("expected the header '" + String.join(",", MatrixCsvFormat.HEADER) + "'");
				}
				return;
			}
			if (record.size() != MatrixCsvFormat.HEADER.size()) {
				row.problem("expected " + MatrixCsvFormat.HEADER.size() + " columns, found " + record.size());
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
			if (!required.equals(MatrixCsvFormat.REQUIRED) && !required.equals(MatrixCsvFormat.OPTIONAL)) {
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
			rows.add(new Matrix.Cell(role, levelSlug, 0, required.equals(MatrixCsvFormat.REQUIRED), description, line), row);
		});
		if (problems.size() > before) {
			return List.of();
		}
		if (skills.isEmpty()) {
			problems.add(new DataProblem(file, 0, "no cells: a matrix CSV file has a header and a row per cell"));
		}
		return skills.values().stream().map((rows) -> rows.skill(levels)).toList();
	}

	/** Each record with the line it starts on; a file that cannot be parsed is a problem where parsing stopped. */
	private static void records(String file, String text, Lines lines, List<DataProblem> problems,
			RecordHandler handler) {
		try (CSVParser parser = CSVParser.parse(new StringReader(text), MatrixCsvFormat.FORMAT)) {
			for (CSVRecord record : parser) {
				handler.handle(record, lines.at(record.getCharacterPosition()));
			}
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			String reason = Optional.ofNullable(ex.getMessage()).orElse("unreadable CSV");
			problems.add(new DataProblem(file, lines.count(), "the CSV cannot be read: " + reason));
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

		void add(Matrix.Cell cell, CsvFields row) {
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
	private static final class CsvFields {

		private final String file;

		private final int line;

		private final CSVRecord record;

		private final List<DataProblem> problems;

		private boolean failed;

		CsvFields(String file, int line, CSVRecord record, List<DataProblem> problems) {
			this.file = file;
			this.line = line;
			this.record = record;
			this.problems = problems;
		}

		String text(String column) {
			return MatrixCsvFormat.unescape(this.record.get(MatrixCsvFormat.HEADER.indexOf(column)));
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
			this.problems.add(new DataProblem(this.file, this.line, message));
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

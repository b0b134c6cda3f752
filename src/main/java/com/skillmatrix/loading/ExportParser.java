package com.skillmatrix.loading;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.skillmatrix.matrix.Slugs;

/**
 * Reads the text export of a public skill page: an optional {@code # Name} title, a header of labelled lines, then
 * one Markdown table per level, lowest first.
 * <p>
 * The tables' rows come in three shapes: {@code | Role | Required | Description |} for a required cell, and
 * {@code | Role | Description | |} or {@code | Role | Description |} for an optional one. As in Markdown tables, a
 * line break inside a description is written {@code <br>} ({@code <br/>}, {@code <br />}, in any case), and the
 * spaces around it are padding, like those around a {@code |}; any other text that looks like HTML is text. A problem
 * in a row is reported and the rest of the file is still read, so that one pass finds every mistake; a header that
 * cannot be read stops that file.
 */
public final class ExportParser {

	private static final String REQUIRED = "Required";

	private static final List<String> TABLE_HEADER = List.of("Role", REQUIRED, "Description");

	private static final Pattern SEPARATOR_ROW = Pattern.compile("\\|(\\s*:?-+:?\\s*\\|){3}");

	private static final Pattern LINE_BREAK = Pattern.compile("[ \\t]*<br\\s*/?>[ \\t]*", Pattern.CASE_INSENSITIVE);

	private static final Pattern OPTIONAL_FIGURE = Pattern.compile("the other (\\d+) optional");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final String file;

	private final List<String> lines;

	private final int levelCount;

	private final List<DataProblem> problems;

	private int next;

	private ExportParser(String file, String text, int levelCount, List<DataProblem> problems) {
		this.file = file;
		List<String> all = new ArrayList<>(List.of(text.split("\r?\n", -1)));
		while (!all.isEmpty() && all.get(all.size() - 1).isBlank()) {
			all.remove(all.size() - 1);
		}
		this.lines = all;
		this.levelCount = levelCount;
		this.problems = problems;
	}

	/**
	 * The skill an export describes, with its cells at the given levels in the order of the tables; null when the
	 * file could not be read, and every problem found added to {@code problems}.
	 */
	public static Matrix.Skill parse(String file, String slug, String text, List<Matrix.Level> levels,
			List<DataProblem> problems) {
		int before = problems.size();
		try {
			Matrix.Skill skill = new ExportParser(file, text, levels.size(), problems).skill(slug, levels);
			return (problems.size() == before) ? skill : null;
		}
		catch (Stop stop) {
			return null;
		}
	}

	private Matrix.Skill skill(String slug, List<Matrix.Level> levels) {
		String name = title().orElse(nameOf(slug));
		label("Domain");
		int domainLine = this.next + 1;
		String domain = value("the domain");
		label("Skill Profile");
		String summary = value("the summary");
		Figure roles = figure("Roles", "where this skill appears");
		Figure levelFigure = figure("Levels", "structured growth path");
		label("Mandatory requirements");
		Figure requiredFigure = number("the number of mandatory requirements");
		Figure optional = optionalFigure();
		String breadcrumbDomain = value("the domain");
		if (!breadcrumbDomain.equals(domain)) {
			problem(this.next, "domain '" + breadcrumbDomain + "' contradicts '" + domain + "' on line " + domainLine);
		}
		String category = value("the category");
		LocalDate lastUpdated = date();
		value("the level picker's introduction");
		value("the growth overview's introduction");
		List<List<TableRow>> tables = tables();
		check(roles, distinctRoles(tables), "roles");
		check(levelFigure, tables.size(), "levels");
		long required = tables.stream().flatMap(List::stream).filter(TableRow::required).count();
		long cells = tables.stream().mapToLong(List::size).sum();
		check(requiredFigure, required, "mandatory requirements");
		check(optional, cells - required, "optional cells");
		List<Matrix.Cell> all = new ArrayList<>();
		for (int level = 0; level < tables.size(); level++) {
			List<TableRow> rows = tables.get(level);
			for (int position = 0; position < rows.size(); position++) {
				TableRow row = rows.get(position);
				all.add(new Matrix.Cell(row.role(), levels.get(level).slug(), position + 1, row.required(),
						row.description(), row.line()));
			}
		}
		return new Matrix.Skill(slug, name, domain, category, summary, lastUpdated, all, this.file, 1);
	}

	/** The export does not carry the skill's name; without a title line the file name stands in for it. */
	static String nameOf(String slug) {
		String words = slug.replace('-', ' ');
		return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
	}

	private Optional<String> title() {
		if (this.next < this.lines.size() && this.lines.get(0).startsWith("#")) {
			String title = line().substring(1).strip();
			if (title.isEmpty()) {
				throw stop(1, "the title line '#' has no skill name after it");
			}
			return Optional.of(title);
		}
		return Optional.empty();
	}

	private List<List<TableRow>> tables() {
		List<List<TableRow>> tables = new ArrayList<>();
		while (this.next < this.lines.size()) {
			if (tables.size() == this.levelCount) {
				throw stop(this.next + 1, "a table after the " + this.levelCount
						+ " level tables; the matrix has " + this.levelCount + " levels");
			}
			tables.add(table(tables.size() + 1));
		}
		if (tables.size() != this.levelCount) {
			throw stop(this.lines.size(), "expected " + this.levelCount + " level tables (one per level of the matrix), found "
					+ tables.size());
		}
		return tables;
	}

	private List<TableRow> table(int number) {
		int headerLine = this.next + 1;
		if (!TABLE_HEADER.equals(cells(line()))) {
			throw stop(headerLine, "expected the header of table " + number + ", '| Role | Required | Description |'");
		}
		if (this.next == this.lines.size() || !SEPARATOR_ROW.matcher(this.lines.get(this.next).strip()).matches()) {
			throw stop(headerLine + 1, "expected the separator row '|---|---|---|'");
		}
		this.next++;
		List<TableRow> rows = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		while (this.next < this.lines.size() && !TABLE_HEADER.equals(cells(this.lines.get(this.next)))) {
			int lineNumber = this.next + 1;
			TableRow row = row(line(), lineNumber);
			if (row == null) {
				continue;
			}
			Integer first = seen.putIfAbsent(row.role(), lineNumber);
			if (first != null) {
				problem(lineNumber,
						"role '" + row.role() + "' appears twice in table " + number + " (first on line " + first + ")");
				continue;
			}
			rows.add(row);
		}
		return rows;
	}

	/** The row, or null when it is reported as a problem. */
	private TableRow row(String line, int lineNumber) {
		List<String> cells = cells(line);
		if (cells == null) {
			return problem(lineNumber, "expected a table row starting and ending with '|'");
		}
		if (cells.size() < 2 || cells.size() > 3) {
			return problem(lineNumber, "expected 2 or 3 cells, found " + cells.size());
		}
		String role = cells.get(0);
		if (role.isEmpty()) {
			return problem(lineNumber, "the role cell is empty");
		}
		if (!Slugs.canSlug(role)) {
			return problem(lineNumber, "the role '" + role + "' has no letters or digits to make a slug of");
		}
		if (cells.size() == 2 && cells.get(1).equals(REQUIRED)) {
			return problem(lineNumber, "a required row without a description");
		}
		String description;
		boolean required;
		if (cells.size() == 2) {
			description = cells.get(1);
			required = false;
		}
		else if (cells.get(1).equals(REQUIRED)) {
			description = cells.get(2);
			required = true;
		}
		else if (cells.get(2).isEmpty()) {
			description = cells.get(1);
			required = false;
		}
		else {
			return problem(lineNumber, "unknown row shape: the second of three cells is neither '" + REQUIRED
					+ "' nor a description followed by an empty cell");
		}
		description = LINE_BREAK.matcher(description).replaceAll("\n");
		if (description.isBlank()) {
			return problem(lineNumber, "the description is empty");
		}
		return new TableRow(role, description, required, lineNumber);
	}

	/** A Markdown table row's cells without their padding, or null if the line is not a table row. */
	private static List<String> cells(String line) {
		String row = line.strip();
		if (row.length() < 2 || !row.startsWith("|") || !row.endsWith("|")) {
			return null;
		}
		return List.of(row.substring(1, row.length() - 1).split("\\|", -1)).stream().map(String::strip).toList();
	}

	private static long distinctRoles(List<List<TableRow>> tables) {
		Set<String> roles = new LinkedHashSet<>();
		tables.forEach((table) -> table.forEach((row) -> roles.add(row.role())));
		return roles.size();
	}

	private void check(Figure stated, long counted, String what) {
		if (stated.value() != counted) {
			problem(stated.line(), "the header says " + stated.value() + " " + what + " but the tables have " + counted);
		}
	}

	private Figure figure(String label, String caption) {
		label(label);
		Figure figure = number("the number of " + label.toLowerCase(Locale.ROOT));
		label(caption);
		return figure;
	}

	private Figure number(String what) {
		int lineNumber = this.next + 1;
		String value = value(what);
		if (!value.matches("\\d{1,9}")) {
			throw stop(lineNumber, "expected " + what + ", found '" + value + "'");
		}
		return new Figure(Integer.parseInt(value), lineNumber);
	}

	private Figure optionalFigure() {
		int lineNumber = this.next + 1;
		String value = value("'the other N optional'");
		Matcher matcher = OPTIONAL_FIGURE.matcher(value);
		if (!matcher.matches() || matcher.group(1).length() > 9) {
			throw stop(lineNumber, "expected 'the other N optional', found '" + value + "'");
		}
		return new Figure(Integer.parseInt(matcher.group(1)), lineNumber);
	}

	private LocalDate date() {
		int lineNumber = this.next + 1;
		String value = value("the last-updated date");
		try {
			return LocalDate.parse(value, DATE);
		}
		catch (DateTimeParseException ex) {
			problem(lineNumber, "'" + value + "' is not a date; expected month/day/year, such as 3/17/2026");
			return null;
		}
	}

	private void label(String label) {
		int lineNumber = this.next + 1;
		String value = value("'" + label + "'");
		if (!value.equals(label)) {
			throw stop(lineNumber, "expected '" + label + "', found '" + value + "'");
		}
	}

	private String value(String what) {
		int lineNumber = this.next + 1;
		if (this.next == this.lines.size()) {
			throw stop(lineNumber, "the export ends where " + what + " was expected");
		}
		String value = line().strip();
		if (value.isEmpty() || value.startsWith("|")) {
			throw stop(lineNumber, "expected " + what + ", found '" + value + "'");
		}
		return value;
	}

	private String line() {
		return this.lines.get(this.next++);
	}

	private <T> T problem(int line, String message) {
		this.problems.add(new DataProblem(this.file, line, message));
		return null;
	}

	private Stop stop(int line, String message) {
		problem(line, message);
		return new Stop();
	}

	private record Figure(long value, int line) {
	}

	private record TableRow(String role, String description, boolean required, int line) {
	}

	/** A problem after which the rest of the file cannot be read. */
	private static final class Stop extends RuntimeException {

		Stop() {
			super(null, null, false, false);
		}

	}

}

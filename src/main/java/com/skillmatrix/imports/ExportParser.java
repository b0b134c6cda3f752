package com.skillmatrix.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text export of a public skill page: a header of labelled lines, then one Markdown table per level.
 * <p>
 * The tables' rows come in three shapes: {@code | Role | Required | Description |} for a required expectation,
 * and {@code | Role | Description | |} or {@code | Role | Description |} for an optional one. Anything else is
 * rejected with the line and the problem, so that a bad export never becomes bad data.
 */
public final class ExportParser {

	/** Junior, Middle, Senior, Lead and Principal: the export has one table for each. */
	public static final int LEVEL_COUNT = 5;

	private static final String REQUIRED = "Required";

	private static final List<String> TABLE_HEADER = List.of("Role", REQUIRED, "Description");

	private static final Pattern SEPARATOR_ROW = Pattern.compile("\\|(\\s*:?-+:?\\s*\\|){3}");

	private static final Pattern OPTIONAL_FIGURE = Pattern.compile("the other (\\d+) optional");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("M/d/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final List<String> lines;

	private int next;

	private ExportParser(String text) {
		List<String> all = new ArrayList<>(List.of(text.split("\r?\n", -1)));
		while (!all.isEmpty() && all.get(all.size() - 1).isBlank()) {
			all.remove(all.size() - 1);
		}
		this.lines = all;
	}

	public static SkillExport parse(String text) {
		return new ExportParser(text).export();
	}

	private SkillExport export() {
		label("Domain");
		int domainLine = this.next + 1;
		String domain = value("the domain");
		label("Skill Profile");
		String summary = value("the summary");
		Figure roles = figure("Roles", "where this skill appears");
		Figure levels = figure("Levels", "structured growth path");
		label("Mandatory requirements");
		Figure mandatory = number("the number of mandatory requirements");
		Figure optional = optionalFigure();
		String breadcrumbDomain = value("the domain");
		if (!breadcrumbDomain.equals(domain)) {
			throw new ExportFormatException(this.next, "domain '" + breadcrumbDomain + "' contradicts '" + domain
					+ "' on line " + domainLine);
		}
		String category = value("the category");
		LocalDate lastUpdated = date();
		value("the level picker's introduction");
		value("the growth overview's introduction");
		List<List<ExportRow>> tables = tables();
		check(roles, distinctRoles(tables), "roles");
		check(levels, tables.size(), "levels");
		long required = tables.stream().flatMap(List::stream).filter(ExportRow::required).count();
		long cells = tables.stream().mapToLong(List::size).sum();
		check(mandatory, required, "mandatory requirements");
		check(optional, cells - required, "optional expectations");
		return new SkillExport(domain, category, summary, lastUpdated, tables);
	}

	private List<List<ExportRow>> tables() {
		List<List<ExportRow>> tables = new ArrayList<>();
		while (this.next < this.lines.size()) {
			if (tables.size() == LEVEL_COUNT) {
				throw new ExportFormatException(this.next + 1,
						"a table header after the " + LEVEL_COUNT + " level tables; expected the end of the export");
			}
			tables.add(table(tables.size() + 1));
		}
		if (tables.size() != LEVEL_COUNT) {
			throw new ExportFormatException(this.lines.size(),
					"expected " + LEVEL_COUNT + " level tables, found " + tables.size());
		}
		return tables;
	}

	private List<ExportRow> table(int number) {
		int headerLine = this.next + 1;
		if (!TABLE_HEADER.equals(cells(line()))) {
			throw new ExportFormatException(headerLine,
					"expected the header of table " + number + ", '| Role | Required | Description |'");
		}
		if (this.next == this.lines.size() || !SEPARATOR_ROW.matcher(this.lines.get(this.next).strip()).matches()) {
			throw new ExportFormatException(headerLine + 1, "expected the separator row '|---|---|---|'");
		}
		this.next++;
		List<ExportRow> rows = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		while (this.next < this.lines.size() && !TABLE_HEADER.equals(cells(this.lines.get(this.next)))) {
			int lineNumber = this.next + 1;
			ExportRow row = row(line(), lineNumber);
			Integer first = seen.putIfAbsent(row.role(), lineNumber);
			if (first != null) {
				throw new ExportFormatException(lineNumber,
						"role '" + row.role() + "' appears twice in table " + number + " (first on line " + first + ")");
			}
			rows.add(row);
		}
		return rows;
	}

	private static ExportRow row(String line, int lineNumber) {
		List<String> cells = cells(line);
		if (cells == null) {
			throw new ExportFormatException(lineNumber, "expected a table row starting and ending with '|'");
		}
		if (cells.size() < 2 || cells.size() > 3) {
			throw new ExportFormatException(lineNumber, "expected 2 or 3 cells, found " + cells.size());
		}
		String role = cells.get(0);
		if (role.isEmpty()) {
			throw new ExportFormatException(lineNumber, "the role cell is empty");
		}
		if (cells.size() == 2 && cells.get(1).equals(REQUIRED)) {
			throw new ExportFormatException(lineNumber, "a required row without a description");
		}
		if (cells.size() == 2) {
			return new ExportRow(role, description(cells.get(1), lineNumber), false, lineNumber);
		}
		if (cells.get(1).equals(REQUIRED)) {
			return new ExportRow(role, description(cells.get(2), lineNumber), true, lineNumber);
		}
		if (cells.get(2).isEmpty()) {
			return new ExportRow(role, description(cells.get(1), lineNumber), false, lineNumber);
		}
		throw new ExportFormatException(lineNumber, "unknown row shape: the second of three cells is neither '"
				+ REQUIRED + "' nor a description followed by an empty cell");
	}

	private static String description(String cell, int lineNumber) {
		if (cell.isEmpty()) {
			throw new ExportFormatException(lineNumber, "the description is empty");
		}
		return cell;
	}

	/** A Markdown table row's cells without their padding, or null if the line is not a table row. */
	private static List<String> cells(String line) {
		String row = line.strip();
		if (row.length() < 2 || !row.startsWith("|") || !row.endsWith("|")) {
			return null;
		}
		return List.of(row.substring(1, row.length() - 1).split("\\|", -1)).stream().map(String::strip).toList();
	}

	private static long distinctRoles(List<List<ExportRow>> tables) {
		Set<String> roles = new LinkedHashSet<>();
		tables.forEach((table) -> table.forEach((row) -> roles.add(row.role())));
		return roles.size();
	}

	private static void check(Figure stated, long counted, String what) {
		if (stated.value() != counted) {
			throw new ExportFormatException(stated.line(),
					"the header says " + stated.value() + " " + what + " but the tables have " + counted);
		}
	}

	private Figure figure(String label, String caption) {
		label(label);
		Figure figure = number("the number of " + label.toLowerCase());
		label(caption);
		return figure;
	}

	private Figure number(String what) {
		int lineNumber = this.next + 1;
		String value = value(what);
		if (!value.matches("\\d{1,9}")) {
			throw new ExportFormatException(lineNumber, "expected " + what + ", found '" + value + "'");
		}
		return new Figure(Integer.parseInt(value), lineNumber);
	}

	private Figure optionalFigure() {
		int lineNumber = this.next + 1;
		String value = value("'the other N optional'");
		Matcher matcher = OPTIONAL_FIGURE.matcher(value);
		if (!matcher.matches() || matcher.group(1).length() > 9) {
			throw new ExportFormatException(lineNumber, "expected 'the other N optional', found '" + value + "'");
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
			throw new ExportFormatException(lineNumber,
					"unreadable date '" + value + "'; expected month/day/year, such as 3/17/2026");
		}
	}

	private void label(String label) {
		int lineNumber = this.next + 1;
		String value = value("'" + label + "'");
		if (!value.equals(label)) {
			throw new ExportFormatException(lineNumber, "expected '" + label + "', found '" + value + "'");
		}
	}

	private String value(String what) {
		int lineNumber = this.next + 1;
		if (this.next == this.lines.size()) {
			throw new ExportFormatException(lineNumber, "the export ends where " + what + " was expected");
		}
		String value = line().strip();
		if (value.isEmpty() || value.startsWith("|")) {
			throw new ExportFormatException(lineNumber, "expected " + what + ", found '" + value + "'");
		}
		return value;
	}

	private String line() {
		return this.lines.get(this.next++);
	}

	private record Figure(long value, int line) {
	}

}

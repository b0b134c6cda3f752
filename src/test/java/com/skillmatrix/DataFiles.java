package com.skillmatrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The data folder of this run as its files' own text states it, read with plain string handling and Commons CSV
 * rather than through the application's reader: what the database, the pages, the downloads and the API are checked
 * against.
 */
public final class DataFiles {

	public static final Path DEFAULT_LEVELS = Path.of("src/main/resources/matrix/default-levels.csv");

	/** Text that a spreadsheet would run as a formula is written behind one more apostrophe, and loaded without. */
	private static final Pattern ESCAPED_FORMULA = Pattern.compile("'+[=+\\-@\t\r].*", Pattern.DOTALL);

	public static final String TABLE_HEADER = "| Role | Required | Description |";

	private static final DateTimeFormatter EXPORTED = DateTimeFormatter.ofPattern("M/d/uuuu");

	/**
	 * Names as every list of the site orders them: by their words (letters and digits, lower case, accents dropped),
	 * so that an emoji or a symbol in front ("💬 Communication") does not count; the same words by the name's text.
	 */
	public static final Comparator<String> NAME_ORDER = Comparator.comparing(DataFiles::words)
		.thenComparing(Comparator.naturalOrder());

	/** An export's row: {@code | Role | Required | Description |}, {@code | Role | Description | |} or two cells. */
	private static final List<Pattern> ROWS = List.of(Pattern.compile("\\| (.+?) \\| (Required) \\| (.*) \\|"),
			Pattern.compile("\\| (.+?) \\| ()(.*) \\| \\|"), Pattern.compile("\\| (.+?) \\| ()(.*) \\|"));

	private DataFiles() {
	}

	public record Level(String slug, String name) {
	}

	/** A skill as its file states it. */
	public record Skill(String slug, String name, String domain, String category, String summary,
			LocalDate lastUpdated) {
	}

	/**
	 * A cell as its file states it.
	 *
	 * @param level the level's name
	 */
	public record Cell(String skill, String level, String role, boolean required, String description) {
	}

	/** The levels in order, as the folder's levels.csv or else the default levels say. */
	public static List<Level> levels() {
		Path file = TestMatrix.folder().resolve("levels.csv");
		List<Level> levels = records(Files.exists(file) ? file : DEFAULT_LEVELS).stream()
			.map((record) -> new Level(record.get("slug"), text(record, "name")))
			.toList();
		// Never empty, so that no loop over the levels passes having checked nothing.
		if (levels.isEmpty()) {
			throw new IllegalStateException("no levels in " + file);
		}
		return levels;
	}

	public static List<String> levelNames() {
		return levels().stream().map(Level::name).toList();
	}

	/** Every skill of the folder, by slug. */
	public static List<Skill> skills() {
		List<Skill> skills = new ArrayList<>();
		for (Path file : exports()) {
			List<String> lines = List.of(read(file).split("\r?\n"));
			String slug = slugOf(file);
			String name = lines.get(0).startsWith("# ") ? lines.get(0).substring(2)
					: slug.substring(0, 1).toUpperCase(Locale.ROOT) + slug.substring(1).replace('-', ' ');
			int optional = indexOf(lines, "the other \\d+ optional");
			skills.add(new Skill(slug, name, lines.get(lines.indexOf("Domain") + 1), lines.get(optional + 2),
					lines.get(lines.indexOf("Skill Profile") + 1), LocalDate.parse(lines.get(optional + 3), EXPORTED)));
		}
		for (Path file : csvFiles()) {
			for (CSVRecord record : records(file)) {
				Skill skill = new Skill(record.get("skill_slug"), text(record, "skill_name"), text(record, "domain"),
						text(record, "category"), text(record, "summary"), LocalDate.parse(text(record, "last_updated")));
				if (!skills.contains(skill)) {
					skills.add(skill);
				}
			}
		}
		// Never empty, so that no loop over the skills passes having checked nothing.
		if (skills.isEmpty()) {
			throw new IllegalStateException("no skills in " + TestMatrix.folder());
		}
		return skills.stream().sorted(Comparator.comparing(Skill::slug)).toList();
	}

	/** Every skill in the pages' order: by domain, category and name, each in {@link #NAME_ORDER}. */
	public static List<Skill> skillsInPageOrder() {
		return skills().stream()
			.sorted(Comparator.comparing(Skill::domain, NAME_ORDER)
				.thenComparing(Skill::category, NAME_ORDER)
				.thenComparing(Skill::name, NAME_ORDER))
			.toList();
	}

	/**
	 * The letter a role is listed under: the first letter or digit of its words, in capitals; "💬 Communication" under
	 * C, "Écrivain" under E.
	 */
	public static String initial(String name) {
		return words(name).substring(0, words(name).offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT);
	}

	/** Whether pages name a category after its domain: not where the two are the same words. */
	public static boolean showsCategory(String domain, String category) {
		return !words(domain).equals(words(category));
	}

	/** Where a skill sits, as a page says it: "Domain › Category", or the domain alone where they are alike. */
	public static String place(String domain, String category) {
		return showsCategory(domain, category) ? domain + " › " + category : domain;
	}

	/** A name's words, as {@link #NAME_ORDER} compares them: "💬 Communication" is "communication". */
	public static String words(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.replaceAll("[^\\p{L}\\p{Nd}]+", " ")
			.strip()
			.toLowerCase(Locale.ROOT);
	}

	public static Skill skill(String slug) {
		return skills().stream().filter((skill) -> skill.slug().equals(slug)).findFirst().orElseThrow();
	}

	/** A level's name, by its slug. */
	public static String levelName(String slug) {
		return levels().stream().filter((level) -> level.slug().equals(slug)).findFirst().orElseThrow().name();
	}

	/** A skill's cells, level by level in the levels' order, each level's in the order of its file. */
	public static List<Cell> cells(String skill) {
		List<Cell> cells = new ArrayList<>();
		for (Path file : exports()) {
			if (slugOf(file).equals(skill)) {
				List<List<String>> tables = tablesOf(read(file));
				for (int level = 0; level < tables.size(); level++) {
					for (String row : tables.get(level)) {
						cells.add(exportedCell(skill, levelNames().get(level), row));
					}
				}
			}
		}
		for (Path file : csvFiles()) {
			for (CSVRecord record : records(file)) {
				if (record.get("skill_slug").equals(skill)) {
					cells.add(new Cell(skill, text(record, "level"), text(record, "role"),
							record.get("required").equalsIgnoreCase("required"), text(record, "description")));
				}
			}
		}
		List<String> order = levelNames();
		return cells.stream().sorted(Comparator.comparingInt((Cell cell) -> order.indexOf(cell.level()))).toList();
	}

	/** A role's cell in a skill at a level, given by its slug, as its file states it; null where the role has none. */
	public static Cell cell(String skill, String level, String role) {
		String name = levelName(level);
		return cells(skill).stream()
			.filter((cell) -> cell.level().equals(name) && cell.role().equals(role))
			.findFirst()
			.orElse(null);
	}

	/** An export's table row as a cell: its role, whether it is required, and its description. */
	public static Cell exportedCell(String skill, String level, String row) {
		for (Pattern shape : ROWS) {
			Matcher matcher = shape.matcher(row);
			if (matcher.matches()) {
				return new Cell(skill, level, matcher.group(1), !matcher.group(2).isEmpty(),
						withLineBreaks(matcher.group(3)));
			}
		}
		throw new IllegalStateException("not a table row: " + row);
	}

	/**
	 * An export's description with each {@code <br>}, {@code <br/>} or {@code <br />} (in any case) a line break, and
	 * the spaces and tabs around it dropped as padding; everything else stays as written.
	 */
	public static String withLineBreaks(String cell) {
		StringBuilder text = new StringBuilder();
		int i = 0;
		while (i < cell.length()) {
			int end = endOfBr(cell, i);
			if (end < 0) {
				text.append(cell.charAt(i));
				i++;
				continue;
			}
			while (!text.isEmpty() && isPadding(text.charAt(text.length() - 1))) {
				text.setLength(text.length() - 1);
			}
			text.append('\n');
			i = end;
			while (i < cell.length() && isPadding(cell.charAt(i))) {
				i++;
			}
		}
		return text.toString();
	}

	/** Where a line break tag that starts at {@code start} ends, or -1 when none starts there. */
	private static int endOfBr(String text, int start) {
		if (!text.regionMatches(true, start, "<br", 0, 3)) {
			return -1;
		}
		int i = start + 3;
		while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
			i++;
		}
		if (i < text.length() && text.charAt(i) == '/') {
			i++;
		}
		return (i < text.length() && text.charAt(i) == '>') ? i + 1 : -1;
	}

	private static boolean isPadding(char c) {
		return c == ' ' || c == '\t';
	}

	/** A CSV field as the matrix holds it. */
	public static String text(CSVRecord record, String column) {
		String text = record.get(column);
		return ESCAPED_FORMULA.matcher(text).matches() ? text.substring(1) : text;
	}

	/** The export's data rows, table by table: every row that starts with '|' and is not a header or separator. */
	public static List<List<String>> tablesOf(String export) {
		List<List<String>> tables = new ArrayList<>();
		for (String line : export.split("\r?\n")) {
			if (line.equals(TABLE_HEADER)) {
				tables.add(new ArrayList<>());
			}
			else if (line.startsWith("|") && !line.startsWith("|---")) {
				tables.get(tables.size() - 1).add(line);
			}
		}
		return tables;
	}

	private static int indexOf(List<String> lines, String pattern) {
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).matches(pattern)) {
				return i;
			}
		}
		throw new IllegalStateException("no line matches " + pattern);
	}

	public static List<Path> exports() {
		return files((name) -> name.endsWith(".txt"));
	}

	public static List<Path> csvFiles() {
		return files((name) -> name.endsWith(".csv") && !name.equals("levels.csv"));
	}

	private static List<Path> files(Predicate<String> named) {
		try (Stream<Path> files = Files.list(TestMatrix.folder())) {
			return files.filter((file) -> named.test(file.getFileName().toString())).sorted().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String slugOf(Path export) {
		String name = export.getFileName().toString();
		return name.substring(0, name.length() - ".txt".length());
	}

	/** A CSV file's records after its header, read with Commons CSV as RFC 4180 says. */
	public static List<CSVRecord> records(Path file) {
		return records(read(file));
	}

	/** CSV text's records after its header, read with Commons CSV as RFC 4180 says. */
	public static List<CSVRecord> records(String csv) {
		try (CSVParser parser = CSVParser.parse(csv,
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			return parser.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A file's text; a byte-order mark at its start, which spreadsheets write, is not part of it. */
	public static String read(Path file) {
		try {
			String text = Files.readString(file);
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

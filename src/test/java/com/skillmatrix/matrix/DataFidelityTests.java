package com.skillmatrix.matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.skillmatrix.TestMatrix;
import com.skillmatrix.WebTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database holds exactly what the data folder says, checked against the files' text itself rather than through
 * the reader that loaded it: each export's header lines and table rows, and each CSV row as Commons CSV reads it.
 */
@WebTest
class DataFidelityTests {

	private static final Path DEFAULT_LEVELS = Path.of("src/main/resources/matrix/default-levels.csv");

	/** Text that a spreadsheet would run as a formula is written behind one more apostrophe, and loaded without. */
	private static final Pattern ESCAPED_FORMULA = Pattern.compile("'+[=+\\-@\t\r].*", Pattern.DOTALL);

	private static final String TABLE_HEADER = "| Role | Required | Description |";

	@Autowired
	private JdbcClient jdbc;

	@Test
	void levelsAreThoseOfTheFolderInOrder() {
		Path file = TestMatrix.folder().resolve("levels.csv");
		List<String> expected = records(Files.exists(file) ? file : DEFAULT_LEVELS).stream()
			.map((record) -> record.get("slug") + " " + record.get("name"))
			.toList();
		assertThat(this.jdbc.sql("select slug || ' ' || name from levels order by sort_order").query(String.class).list())
			.isEqualTo(expected);
	}

	@Test
	void skillsAreThoseOfTheFiles() {
		List<String> expected = Stream
			.concat(exports().stream().map(DataFidelityTests::slugOf),
					csvFiles().stream().flatMap((file) -> records(file).stream()).map((record) -> record.get("skill_slug")))
			.distinct()
			.sorted()
			.toList();
		assertThat(this.jdbc.sql("select slug from skills order by slug").query(String.class).list()).isEqualTo(expected);
	}

	@Test
	void everyExportedSkillHasItsHeader() {
		DateTimeFormatter exported = DateTimeFormatter.ofPattern("M/d/uuuu");
		for (Path file : exports()) {
			List<String> lines = List.of(read(file).split("\r?\n"));
			String slug = slugOf(file);
			String name = lines.get(0).startsWith("# ") ? lines.get(0).substring(2)
					: slug.substring(0, 1).toUpperCase(Locale.ROOT) + slug.substring(1).replace('-', ' ');
			int optional = indexOf(lines, "the other \\d+ optional");
			assertThat(header(slug)).as(file.toString())
				.containsExactly(name, lines.get(lines.indexOf("Domain") + 1), lines.get(optional + 2),
						lines.get(lines.indexOf("Skill Profile") + 1),
						LocalDate.parse(lines.get(optional + 3), exported));
		}
	}

	@Test
	void everyExportedCellIsItsRowCharacterForCharacter() {
		List<String> levels = TestMatrix.levelSlugs();
		for (Path file : exports()) {
			List<List<String>> tables = tablesOf(read(file));
			assertThat(tables).as(file.toString()).hasSize(levels.size());
			for (int level = 0; level < levels.size(); level++) {
				List<String> rows = this.jdbc.sql("""
						select r.name, c.required, c.description from cells c
						join roles r on r.id = c.role_id join levels l on l.id = c.level_id
						join skills s on s.id = c.skill_id
						where s.slug = ? and l.slug = ? order by c.row_position
						""").param(slugOf(file)).param(levels.get(level)).query((rs, n) -> {
					String role = rs.getString(1);
					String description = rs.getString(3);
					return rs.getBoolean(2) ? "| " + role + " | Required | " + description + " |"
							: "| " + role + " | " + description + " | |";
				}).list();
				List<String> exported = tables.get(level)
					.stream()
					.map((row) -> (row.split("\\|", -1).length == 4) ? row + " |" : row)
					.toList();
				assertThat(rows).as(file + " " + levels.get(level)).isEqualTo(exported);
			}
		}
	}

	@Test
	void everyCsvSkillHasItsHeaderOnEveryRow() {
		for (Path file : csvFiles()) {
			for (CSVRecord record : records(file)) {
				assertThat(header(record.get("skill_slug"))).as(file + ":" + record.getRecordNumber())
					.containsExactly(text(record, "skill_name"), text(record, "domain"), text(record, "category"),
							text(record, "summary"), LocalDate.parse(text(record, "last_updated")));
			}
		}
	}

	@Test
	void everyCsvCellIsItsRowCharacterForCharacter() {
		for (Path file : csvFiles()) {
			// Each skill's rows at each level, in the order of the file: the order of the level's table.
			Map<String, List<String>> expected = new LinkedHashMap<>();
			for (CSVRecord record : records(file)) {
				expected.computeIfAbsent(record.get("skill_slug") + " " + text(record, "level"), (key) -> new ArrayList<>())
					.add(text(record, "role") + " | " + record.get("required") + " | " + text(record, "description"));
			}
			expected.forEach((key, rows) -> {
				String[] skillAndLevel = key.split(" ", 2);
				List<String> stored = this.jdbc.sql("""
						select r.name, c.required, c.description from cells c
						join roles r on r.id = c.role_id join levels l on l.id = c.level_id
						join skills s on s.id = c.skill_id
						where s.slug = ? and l.name = ? order by c.row_position
						""").param(skillAndLevel[0]).param(skillAndLevel[1]).query((rs, n) -> rs.getString(1) + " | "
						+ (rs.getBoolean(2) ? "required" : "optional") + " | " + rs.getString(3)).list();
				assertThat(stored).as(file + " " + key).isEqualTo(rows);
			});
			long cells = this.jdbc.sql("select count(*) from cells c join skills s on s.id = c.skill_id where s.slug in (:slugs)")
				.param("slugs", expected.keySet().stream().map((key) -> key.split(" ", 2)[0]).distinct().toList())
				.query(Long.class)
				.single();
			assertThat(cells).as(file + ": no cell beyond the file's rows")
				.isEqualTo(expected.values().stream().mapToLong(List::size).sum());
		}
	}

	/** A skill as the database holds it: name, domain, category, summary and last update. */
	private List<Object> header(String slug) {
		return this.jdbc.sql("""
				select s.name, d.name, c.name, s.summary, s.last_updated
				from skills s join categories c on c.id = s.category_id join domains d on d.id = c.domain_id
				where s.slug = ?
				""").param(slug).query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getString(3),
				rs.getString(4), rs.getDate(5).toLocalDate())).single();
	}

	/** A CSV field as the matrix holds it. */
	private static String text(CSVRecord record, String column) {
		String text = record.get(column);
		return ESCAPED_FORMULA.matcher(text).matches() ? text.substring(1) : text;
	}

	/** The export's data rows, table by table: every row that starts with '|' and is not a header or separator. */
	private static List<List<String>> tablesOf(String export) {
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

	private static List<Path> exports() {
		return files((name) -> name.endsWith(".txt"));
	}

	private static List<Path> csvFiles() {
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

	private static String slugOf(Path export) {
		String name = export.getFileName().toString();
		return name.substring(0, name.length() - ".txt".length());
	}

	/** A CSV file's records after its header, read with Commons CSV as RFC 4180 says. */
	private static List<CSVRecord> records(Path file) {
		try (CSVParser parser = CSVParser.parse(read(file),
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			return parser.getRecords();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

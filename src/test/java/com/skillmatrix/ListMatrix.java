package com.skillmatrix;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A small matrix whose cells are written as career frameworks write them: lists of behaviours, with headings, bullet
 * markers and blank lines, beside cells of one line. It is loaded twice into one database, so that its second
 * version's pages show lists and its change log shows lists re-worded. Pages are checked against the cells as this
 * class states them, read with {@link ListItems}.
 */
public final class ListMatrix {

	public static final String SKILL = "code-review";

	public static final String SKILL_NAME = "Code Review";

	/** The levels, lowest first: slug and name. */
	public static final List<List<String>> LEVELS = List.of(List.of("apprentice", "Apprentice"),
			List.of("practitioner", "Practitioner"), List.of("expert", "Expert"));

	public static final String BACKEND = "Backend Engineer";

	public static final String DATA = "Data Engineer";

	public static final String PLATFORM = "Platform Engineer";

	public static final String SECURITY = "Security Engineer";

	/** Backend Engineer's first cell in the first version, re-worded item by item in the second. */
	private static final String FIRST_BACKEND_BEFORE = "- Reviews small changes\n- Writes clear PR descriptions\n"
			+ "- Asks questions in reviews";

	private static final List<Cell> CELLS = List.of(
			new Cell("apprentice", BACKEND, false, "- Reviews small changes\n- Writes clear PR descriptions\n"
					+ "- Asks good questions in reviews\n- Tests changes locally before a review"),
			// Against the first level: one item kept, one re-worded, one new, one no longer listed, under headings.
			new Cell("practitioner", BACKEND, true, "Example behaviors:\n- Reviews small changes\n"
					+ "- Writes clear PR descriptions with context\n- Mentors a new joiner through their first review\n"
					+ "\nExample tasks:\n* Runs a review session for the team"),
			new Cell("expert", BACKEND, true, "Sets review standards for the team. Coaches reviewers, e.g. in pairs."),
			new Cell("apprentice", DATA, false, "Reads SQL. Writes simple queries."),
			new Cell("practitioner", DATA, false, "• Reads SQL\r\n• Writes queries with joins\r\n\r\n"
					+ "Example: tunes a slow report"),
			new Cell("practitioner", PLATFORM, false, "Automates reviews with linters\nKeeps CI green"),
			new Cell("expert", PLATFORM, true, "Keeps CI green\nAutomates reviews with linters"),
			new Cell("apprentice", SECURITY, false, "Knows the OWASP Top 10."),
			new Cell("practitioner", SECURITY, true, "Knows the OWASP Top 10 and threat models."),
			new Cell("expert", SECURITY, true, "Knows the OWASP Top 10 and threat models.\nLeads threat modelling"));

	/** A cell only the first version has, so that the second removes it. */
	private static final Cell REMOVED = new Cell("expert", DATA, false, "Designs schemas\nReviews data models");

	private static Instance instance;

	private ListMatrix() {
	}

	/**
	 * A cell as the second version states it.
	 *
	 * @param level the level's slug
	 */
	public record Cell(String level, String role, boolean required, String description) {
	}

	public static List<Cell> cells() {
		return CELLS;
	}

	/** The role's cell at a level, or null where it has none. */
	public static Cell cell(String role, String level) {
		return CELLS.stream()
			.filter((cell) -> cell.role().equals(role) && cell.level().equals(level))
			.findFirst()
			.orElse(null);
	}

	/** The roles by name. */
	public static List<String> roles() {
		return CELLS.stream().map(Cell::role).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
	}

	public static String levelName(String slug) {
		return LEVELS.stream().filter((level) -> level.get(0).equals(slug)).findFirst().orElseThrow().get(1);
	}

	/** The level after one, or null at the top. */
	public static String next(String slug) {
		for (int i = 0; i + 1 < LEVELS.size(); i++) {
			if (LEVELS.get(i).get(0).equals(slug)) {
				return LEVELS.get(i + 1).get(0);
			}
		}
		return null;
	}

	/** A cell of the second version that the first lacks, so that the second adds it. */
	public static Cell added() {
		return cell(PLATFORM, "expert");
	}

	/** A cell of the first version that the second no longer has. */
	public static Cell removed() {
		return REMOVED;
	}

	/** The cell the first version has where the second re-words it, as the change log's "before". */
	public static Cell reworded() {
		return cell(BACKEND, "apprentice");
	}

	public static String rewordedBefore() {
		return FIRST_BACKEND_BEFORE;
	}

	/**
	 * The application on the second version, with the first loaded before it into the same database: started once,
	 * for every test that reads these pages, and stopped with the tests' JVM.
	 */
	public static synchronized Instance instance() {
		if (instance == null) {
			try {
				Path folder = Files.createTempDirectory("list-matrix");
				String database = "--spring.datasource.url=jdbc:h2:mem:list-matrix;DB_CLOSE_DELAY=-1";
				write(folder, true);
				Instance.start("--skillmatrix.data=" + folder, database).close();
				write(folder, false);
				instance = Instance.start("--skillmatrix.data=" + folder, database);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return instance;
	}

	/** Writes the matrix in the CSV format, its first version or its second. */
	private static void write(Path folder, boolean first) throws IOException {
		StringWriter levels = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(levels, CSVFormat.RFC4180)) {
			printer.printRecord("slug", "name");
			for (List<String> level : LEVELS) {
				printer.printRecord(level);
			}
		}
		Files.writeString(folder.resolve("levels.csv"), levels.toString());
		StringWriter matrix = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(matrix, CSVFormat.RFC4180)) {
			printer.printRecord("skill_slug", "skill_name", "domain", "category", "summary", "last_updated", "level",
					"role", "required", "description");
			List<Cell> cells = new ArrayList<>(CELLS);
			if (first) {
				cells.remove(added());
				cells.add(REMOVED);
			}
			for (Cell cell : cells) {
				List<Object> row = new ArrayList<>(List.of(SKILL, SKILL_NAME, "Engineering", "Practices",
						"Reviewing code as a team", "2026-05-04", levelName(cell.level()), cell.role(),
						cell.required() ? "required" : "optional"));
				row.add((first && Objects.equals(cell, reworded())) ? FIRST_BACKEND_BEFORE : cell.description());
				printer.printRecord(row);
			}
		}
		Files.writeString(folder.resolve("matrix.csv"), matrix.toString());
	}

}

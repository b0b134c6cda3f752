package com.skillmatrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.commons.csv.CSVRecord;

/**
 * A small matrix whose cells are written as career frameworks write them: lists of behaviours, one a line, with
 * bullet markers of each kind, headings that end with a colon, blank lines between groups, Windows line breaks,
 * indented lines, a heading with nothing under it, markup that must stay text; and cells of one line beside them. Two
 * skills: {@link #SKILL}, stated here cell by cell, and {@link #LIST_SKILL}, written as its own CSV file and read back
 * from it with Commons CSV ({@link #listSkillCells()}). The folder is loaded twice into one database, so that its
 * second version's pages show lists and {@link #SKILL}'s change log shows lists re-worded, added and removed. Pages are
 * checked against the cells as this class states them, read with {@link DescriptionLines}. One instance serves every
 * test of these pages.
 */
public final class ListMatrix {

	public static final String SKILL = "code-review";

	public static final String SKILL_NAME = "Code Review";

	/** The skill written as a file of its own, the same in both versions. */
	public static final String LIST_SKILL = "incident-response";

	private static final String LIST_SKILL_FILE = LIST_SKILL + ".csv";

	private static final String LIST_SKILL_ROW = "incident-response,Incident Response,Operations,Reliability,"
			+ "\"On call, incidents and what is learnt from them\",2026-05-04,";

	private static final String LIST_SKILL_CSV = "skill_slug,skill_name,domain,category,summary,last_updated,level,"
			+ "role,required,description\r\n"
			+ LIST_SKILL_ROW + "Apprentice,Backend Developer,optional,"
			+ "\"Follows the runbook when paged, and asks for help early.\"\r\n"
			+ LIST_SKILL_ROW + "Apprentice,Site Reliability Engineer,required,"
			+ "\"- Joins the on-call rotation as a shadow\r\n- Reads the alert before acting\r\n"
			+ "- Writes down what was done, in order\"\r\n"
			+ LIST_SKILL_ROW + "Practitioner,Backend Developer,required,"
			+ "\"Owns the service's alerts.\n\nExample behaviors:\n* Tunes noisy alerts <b>away</b> & keeps a note\n"
			+ "* Leads a small incident\n\nExample tasks:\n• Writes the post-incident review\n• Adds a missing dashboard\"\r\n"
			+ LIST_SKILL_ROW + "Practitioner,Site Reliability Engineer,required,"
			+ "\"Runs incidents as commander\nKeeps the timeline\nExample: led the March database failover\"\r\n"
			+ LIST_SKILL_ROW + "Practitioner,Engineering Manager,optional,\"Makes time for the team's reviews.\"\r\n"
			+ LIST_SKILL_ROW + "Expert,Backend Developer,optional,"
			+ "\"Shapes how incidents are run across teams\n\nContact:\"\r\n"
			+ LIST_SKILL_ROW + "Expert,Site Reliability Engineer,required,\"" + longList() + "\"\r\n"
			+ LIST_SKILL_ROW + "Expert,Engineering Manager,required,"
			+ "\"  - Sets the error budget policy  \n  - Reviews every major incident\n-5 % is not a bullet\"\r\n";

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

	private static Path folder;

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

	/** The levels' slugs, lowest first. */
	public static List<String> levelSlugs() {
		return LEVELS.stream().map((level) -> level.get(0)).toList();
	}

	/** The roles of {@link #SKILL} by name. */
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

	/** The data folder of the instance, on its second version. */
	public static synchronized Path folder() {
		instance();
		return folder;
	}

	/** {@link #LIST_SKILL}'s cells as its file states them, read with Commons CSV. */
	public static List<CSVRecord> listSkillCells() {
		return DataFiles.records(folder().resolve(LIST_SKILL_FILE));
	}

	/**
	 * The application on the second version, with the first loaded before it into the same database: started once,
	 * for every test that reads these pages, and stopped with the tests' JVM.
	 */
	public static synchronized Instance instance() {
		if (instance == null) {
			try {
				folder = Files.createTempDirectory("list-matrix");
				Files.writeString(folder.resolve(LIST_SKILL_FILE), LIST_SKILL_CSV);
				write(folder, true);
				instance = Instance.afterChange(folder, "list-matrix", () -> write(folder, false));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return instance;
	}

	/** Writes the matrix in the CSV format, its first version or its second. */
	private static void write(Path folder, boolean first) throws IOException {
		TestFolders.writeLevels(folder, LEVELS);
		List<Cell> cells = new ArrayList<>(CELLS);
		if (first) {
			cells.remove(added());
			cells.add(REMOVED);
		}
		List<List<Object>> rows = new ArrayList<>();
		for (Cell cell : cells) {
			rows.add(List.of(SKILL, SKILL_NAME, "Engineering", "Practices", "Reviewing code as a team", "2026-05-04",
					levelName(cell.level()), cell.role(), cell.required() ? "required" : "optional",
					(first && Objects.equals(cell, reworded())) ? FIRST_BACKEND_BEFORE : cell.description()));
		}
		TestFolders.writeMatrix(folder, rows);
	}

	/** Twenty behaviours under two headings, about 2,000 characters in all. */
	private static String longList() {
		StringBuilder list = new StringBuilder("Example behaviors:\n");
		for (int i = 1; i <= 12; i++) {
			list.append("- Behaviour ").append(i)
				.append(": keeps the service within its error budget while the traffic of the season grows\n");
		}
		list.append("\nExample tasks:\n");
		for (int i = 1; i <= 8; i++) {
			list.append("- Task ").append(i).append(": writes the capacity plan of a service for the next quarter\n");
		}
		return list.toString().strip();
	}

}

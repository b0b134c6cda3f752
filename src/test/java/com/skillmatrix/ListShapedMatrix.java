package com.skillmatrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVRecord;

/**
 * A small matrix whose cells are written as career frameworks write them: lists of behaviours, one a line, with
 * bullet markers of each kind, headings that end with a colon, blank lines between groups, Windows line breaks,
 * indented lines, a heading with nothing under it, markup that must stay text; and cells of one line beside them.
 * Written to a data folder of its own, for an instance started on it.
 */
public final class ListShapedMatrix {

	public static final String SKILL = "incident-response";

	public static final List<String> LEVELS = List.of("apprentice", "practitioner", "expert");

	private static final String LEVELS_CSV = """
			slug,name
			apprentice,Apprentice
			practitioner,Practitioner
			expert,Expert
			""";

	private static final String ROW = "incident-response,Incident Response,Operations,Reliability,"
			+ "\"On call, incidents and what is learnt from them\",2026-05-04,";

	private static final String MATRIX_CSV = "skill_slug,skill_name,domain,category,summary,last_updated,level,role,"
			+ "required,description\r\n"
			+ ROW + "Apprentice,Backend Developer,optional,"
			+ "\"Follows the runbook when paged, and asks for help early.\"\r\n"
			+ ROW + "Apprentice,Site Reliability Engineer,required,"
			+ "\"- Joins the on-call rotation as a shadow\r\n- Reads the alert before acting\r\n"
			+ "- Writes down what was done, in order\"\r\n"
			+ ROW + "Practitioner,Backend Developer,required,"
			+ "\"Owns the service's alerts.\n\nExample behaviors:\n* Tunes noisy alerts <b>away</b> & keeps a note\n"
			+ "* Leads a small incident\n\nExample tasks:\n• Writes the post-incident review\n• Adds a missing dashboard\"\r\n"
			+ ROW + "Practitioner,Site Reliability Engineer,required,"
			+ "\"Runs incidents as commander\nKeeps the timeline\nExample: led the March database failover\"\r\n"
			+ ROW + "Practitioner,Engineering Manager,optional,\"Makes time for the team's reviews.\"\r\n"
			+ ROW + "Expert,Backend Developer,optional,"
			+ "\"Shapes how incidents are run across teams\n\nContact:\"\r\n"
			+ ROW + "Expert,Site Reliability Engineer,required,\"" + longList() + "\"\r\n"
			+ ROW + "Expert,Engineering Manager,required,"
			+ "\"  - Sets the error budget policy  \n  - Reviews every major incident\n-5 % is not a bullet\"\r\n";

	private ListShapedMatrix() {
	}

	/** Writes the matrix into an empty folder: its levels and its one CSV file. */
	public static Path writeTo(Path folder) {
		try {
			Files.writeString(folder.resolve("levels.csv"), LEVELS_CSV);
			Files.writeString(folder.resolve("incident-response.csv"), MATRIX_CSV);
			return folder;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Starts an application on the folder the matrix was written to, with a database of its own. */
	public static Instance start(Path folder, String database) {
		return Instance.start("--skillmatrix.data=" + folder,
				"--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
				"--spring.datasource.username=sa", "--spring.datasource.password=");
	}

	/** The cells as the file states them, read with Commons CSV. */
	public static List<CSVRecord> cells(Path folder) {
		return DataFiles.records(folder.resolve("incident-response.csv"));
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

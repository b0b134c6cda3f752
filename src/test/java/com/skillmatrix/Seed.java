package com.skillmatrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.skillmatrix.imports.ExportParser;
import com.skillmatrix.imports.ExportRow;
import com.skillmatrix.imports.SkillExport;

/** The seed export, the source of truth that page tests compare what they see with. */
public final class Seed {

	public static final Path FILE = Path.of("exports/vault-secrets.txt");

	public static final List<String> LEVELS = List.of("junior", "middle", "senior", "lead", "principal");

	public static final List<String> LEVEL_NAMES = List.of("Junior", "Middle", "Senior", "Lead", "Principal");

	private static final SkillExport EXPORT = read();

	private Seed() {
	}

	/** The rows of a level's table, in the export's order. */
	public static List<ExportRow> rows(String level) {
		return EXPORT.levels().get(LEVELS.indexOf(level));
	}

	/** The role's row at a level, or null where the role is not expected there. */
	public static ExportRow row(String role, String level) {
		return rows(level).stream().filter((row) -> row.role().equals(role)).findFirst().orElse(null);
	}

	/** Every role of the export, by name. */
	public static List<String> roles() {
		return EXPORT.levels().stream().flatMap(List::stream).map(ExportRow::role).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
	}

	private static SkillExport read() {
		try {
			return ExportParser.parse(Files.readString(FILE));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

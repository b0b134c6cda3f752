package com.skillmatrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.skillmatrix.data.ExportParser;
import com.skillmatrix.data.Matrix;
import com.skillmatrix.data.Problem;

/** The seed export, the source of truth that page tests compare what they see with. */
public final class Seed {

	public static final Path FILE = Path.of("src/main/resources/seed/vault-secrets.txt");

	public static final List<String> LEVELS = List.of("junior", "middle", "senior", "lead", "principal");

	public static final List<String> LEVEL_NAMES = List.of("Junior", "Middle", "Senior", "Lead", "Principal");

	private static final Matrix.Skill EXPORT = read();

	private Seed() {
	}

	/** The rows of a level's table, in the export's order. */
	public static List<Matrix.Cell> rows(String level) {
		return EXPORT.cells().stream().filter((cell) -> cell.level().equals(level)).toList();
	}

	/** The role's row at a level, or null where the role is not expected there. */
	public static Matrix.Cell row(String role, String level) {
		return rows(level).stream().filter((row) -> row.role().equals(role)).findFirst().orElse(null);
	}

	/** Every role of the export, by name. */
	public static List<String> roles() {
		return EXPORT.cells().stream().map(Matrix.Cell::role).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
	}

	private static Matrix.Skill read() {
		try {
			List<Problem> problems = new ArrayList<>();
			List<Matrix.Level> levels = new ArrayList<>();
			for (int i = 0; i < LEVELS.size(); i++) {
				levels.add(new Matrix.Level(LEVELS.get(i), LEVEL_NAMES.get(i)));
			}
			Matrix.Skill skill = ExportParser.parse(FILE.toString(), "vault-secrets", Files.readString(FILE), levels,
					problems);
			if (skill == null) {
				throw new IllegalStateException(problems.toString());
			}
			return skill;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package com.skillmatrix.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The command that adds a skill profile: it reads a skill-page export and writes the next Flyway migration.
 * <p>
 * {@code ./mvnw -q compile exec:java -Dexec.args="exports/vault-secrets.txt vault-secrets 'Secrets Management'"}
 * <p>
 * The export does not carry the skill's name or its slug, so both are given; the slug becomes the skill's URL.
 */
public final class ExportToMigration {

	static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	private static final Pattern VERSION = Pattern.compile("V(\\d+)__.*\\.sql");

	private ExportToMigration() {
	}

	public static void main(String[] args) {
		if (args.length != 3) {
			System.err.println("usage: ExportToMigration <export file> <skill slug> <skill name>");
			System.exit(2);
		}
		try {
			Path written = write(Path.of(args[0]), args[1], args[2], MIGRATIONS);
			System.out.println("wrote " + written);
		}
		catch (ExportFormatException | IllegalArgumentException | IllegalStateException ex) {
			System.err.println(args[0] + ": " + ex.getMessage());
			System.exit(1);
		}
		catch (UncheckedIOException ex) {
			System.err.println(args[0] + ": " + ex.getCause().getMessage());
			System.exit(1);
		}
	}

	static Path write(Path export, String slug, String name, Path migrations) {
		try {
			SkillExport parsed = ExportParser.parse(Files.readString(export, StandardCharsets.UTF_8));
			String sql = MigrationWriter.write(parsed, name, slug);
			String suffix = fileSuffix(slug);
			int version;
			try (Stream<Path> files = Files.list(migrations)) {
				version = 1 + files.map((file) -> file.getFileName().toString()).mapToInt((file) -> {
					if (file.endsWith(suffix)) {
						throw new IllegalStateException(file + " already holds the skill " + slug);
					}
					Matcher matcher = VERSION.matcher(file);
					return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
				}).max().orElse(0);
			}
			return Files.writeString(migrations.resolve("V" + version + suffix), sql, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The migration's name after its version, such as {@code __skill_vault_secrets.sql}. */
	static String fileSuffix(String slug) {
		return "__skill_" + slug.replace('-', '_') + ".sql";
	}

}

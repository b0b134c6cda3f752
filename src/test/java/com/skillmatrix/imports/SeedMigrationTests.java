package com.skillmatrix.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SeedMigrationTests {

	@Test
	void committedSeedMigrationIsWhatTheCommandWritesFromTheExport() throws IOException {
		String expected = MigrationWriter.write(ExportParser.parse(Files.readString(ExportParserTests.SEED)),
				"Secrets Management", "vault-secrets");
		Path committed = ExportToMigration.MIGRATIONS.resolve("V3" + ExportToMigration.fileSuffix("vault-secrets"));
		assertThat(Files.readString(committed)).isEqualTo(expected);
	}

	@Test
	void commandWritesTheNextVersion(@TempDir Path migrations) throws IOException {
		Files.writeString(migrations.resolve("V1__schema.sql"), "");
		Files.writeString(migrations.resolve("V12__levels.sql"), "");
		Path written = ExportToMigration.write(ExportParserTests.SEED, "vault-secrets", "Secrets Management", migrations);
		assertThat(written.getFileName()).hasToString("V13__skill_vault_secrets.sql");
		assertThat(Files.readString(written)).contains("'Secrets Management', 'vault-secrets'");
	}

	@Test
	void commandRefusesASkillItAlreadyHas(@TempDir Path migrations) throws IOException {
		Files.writeString(migrations.resolve("V3__skill_vault_secrets.sql"), "");
		assertThatIllegalStateException()
			.isThrownBy(() -> ExportToMigration.write(ExportParserTests.SEED, "vault-secrets", "Secrets", migrations))
			.withMessageContaining("already holds the skill vault-secrets");
	}

	@Test
	void commandRefusesAMalformedSlug(@TempDir Path migrations) {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> ExportToMigration.write(ExportParserTests.SEED, "Vault Secrets", "Secrets", migrations))
			.withMessageContaining("is not a slug");
	}

	@Test
	void quotesInTextAreEscaped() throws IOException {
		String export = Files.readString(ExportParserTests.SEED).replace("Follows security guidelines.",
				"Follows the team's guidelines.");
		String sql = MigrationWriter.write(ExportParser.parse(export), "Secrets Management", "vault-secrets");
		assertThat(sql).contains("Follows the team''s guidelines.");
	}

}

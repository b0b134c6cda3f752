package com.skillmatrix.loading;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import javax.sql.DataSource;

import com.skillmatrix.TestFolders;
import com.skillmatrix.postgres.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The load runs again when a release changes the rules that give the folder its meaning, even with the folder
 * unchanged, and only then.
 */
@Tag("database")
@ExtendWith(TestDatabase.class)
class RulesReloadTests {

	@TempDir
	Path folder;

	@Test
	void anUnchangedFolderIsLoadedAgainUnderNewRulesOnly() throws IOException {
		TestFolders.copy(TestFolders.FOUR_LEVELS, this.folder);
		DataSource database = WriteFailureTests.newDatabase();
		JdbcTemplate jdbc = new JdbcTemplate(database);
		byte[] rules = MatrixReader.rules();

		migrate(database, rules);
		assertThat(loads(jdbc)).as("the first start loads").hasSize(1);
		migrate(database, rules);
		assertThat(loads(jdbc)).as("same folder, same rules: no load").hasSize(1);

		byte[] newRules = "rules 0\n".getBytes(StandardCharsets.UTF_8);
		migrate(database, newRules);
		List<Integer> loads = loads(jdbc);
		assertThat(loads).as("same folder, new rules: loaded again").hasSize(2);
		assertThat(loads.get(1)).isNotEqualTo(loads.get(0));
		assertThat(jdbc.queryForObject("select count(*) from data_imports", Integer.class))
			.as("a load that finds nothing changed logs nothing")
			.isEqualTo(1);
		migrate(database, newRules);
		assertThat(loads(jdbc)).hasSize(2);
	}

	@Test
	void theRulesAreTheVersionAndTheBundledDefaultLevels() throws IOException {
		byte[] levels;
		try (var in = MatrixReader.class.getResourceAsStream("/matrix/default-levels.csv")) {
			levels = in.readAllBytes();
		}
		assertThat(levels).isNotEmpty();
		String rules = new String(MatrixReader.rules(), StandardCharsets.UTF_8);
		assertThat(rules).startsWith("rules " + MatrixReader.RULES_VERSION + "\n")
			.endsWith(new String(levels, StandardCharsets.UTF_8));
		List<DataFile> files = DataFolder.filesIfAny(TestFolders.FOUR_LEVELS);
		assertThat(files).isNotEmpty();
		assertThat(MatrixReader.checksum(files, MatrixReader.rules()))
			.isNotEqualTo(MatrixReader.checksum(files, (rules + "\nother,Other").getBytes(StandardCharsets.UTF_8)));
	}

	private void migrate(DataSource database, byte[] rules) {
		Flyway.configure()
			.dataSource(database)
			.locations("classpath:db/migration")
			.javaMigrations(new MatrixMigration(this.folder.toString(), rules))
			.load()
			.migrate();
	}

	/** The checksums of the loads Flyway has run, oldest first. */
	private static List<Integer> loads(JdbcTemplate jdbc) {
		return jdbc.queryForList("select \"checksum\" from \"flyway_schema_history\" where \"description\" = ? "
				+ "and \"success\" = true order by \"installed_rank\"", Integer.class, MatrixMigration.DESCRIPTION);
	}

}

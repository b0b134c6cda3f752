package com.skillmatrix.matrix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.skillmatrix.Seed;
import com.skillmatrix.WebTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The database holds exactly the seed export, checked against the export's text itself rather than through the
 * parser that wrote the migration.
 */
@WebTest
class SeedDataTests {

	private static final List<String> LEVELS = List.of("junior", "middle", "senior", "lead", "principal");

	@Autowired
	private JdbcClient jdbc;

	@Test
	void levelsAreTheFiveOfTheGrowthPathInOrder() {
		assertThat(this.jdbc.sql("select slug from levels order by sort_order").query(String.class).list())
			.isEqualTo(LEVELS);
		assertThat(this.jdbc.sql("select name from levels order by sort_order").query(String.class).list())
			.containsExactly("Junior", "Middle", "Senior", "Lead", "Principal");
	}

	@Test
	void skillSitsInItsDomainAndCategory() {
		List<Object> skill = this.jdbc.sql("""
				select d.name, c.name, s.name, s.slug, s.summary, s.last_updated
				from skills s join categories c on c.id = s.category_id join domains d on d.id = c.domain_id
				""").query((rs, n) -> List.<Object>of(rs.getString(1), rs.getString(2), rs.getString(3),
				rs.getString(4), rs.getString(5), rs.getDate(6).toLocalDate())).single();
		assertThat(skill).containsExactly("Security", "Infrastructure Security", "Secrets Management", "vault-secrets",
				"HashiCorp Vault, AWS Secrets Manager, sealed secrets, rotation", LocalDate.of(2026, 3, 17));
	}

	@Test
	void cellsPerLevelAreThoseOfTheExport() {
		assertThat(countByLevel("select count(*) from cells c join levels l on l.id = c.level_id where l.slug = ?"))
			.containsExactly(16L, 18L, 19L, 19L, 19L);
		assertThat(countByLevel(
				"select count(*) from cells c join levels l on l.id = c.level_id where l.slug = ? and c.required"))
			.containsExactly(3L, 3L, 12L, 12L, 12L);
		assertThat(this.jdbc.sql("select count(*) from cells").query(Long.class).single()).isEqualTo(91);
		assertThat(this.jdbc.sql("select count(*) from cells where required").query(Long.class).single()).isEqualTo(42);
	}

	@Test
	void rolesAreTheNineteenOfTheExport() {
		assertThat(this.jdbc.sql("select count(*) from roles").query(Long.class).single()).isEqualTo(19);
		assertThat(this.jdbc.sql("select count(distinct role_id) from cells").query(Long.class).single()).isEqualTo(19);
	}

	@Test
	void absentCellsAreAbsent() {
		List<String> absent = this.jdbc.sql("""
				select l.slug || ' ' || r.slug from roles r cross join levels l
				where not exists (select 1 from cells c where c.role_id = r.id and c.level_id = l.id)
				order by l.sort_order, r.slug
				""").query(String.class).list();
		assertThat(absent).containsExactly("junior engineering-manager", "junior solutions-architect",
				"junior technical-lead", "middle solutions-architect");
	}

	@Test
	void everyCellIsItsExportRowCharacterForCharacter() throws IOException {
		List<List<String>> tables = tablesOf(Files.readString(Seed.FILE));
		assertThat(tables).hasSize(5);
		for (int level = 0; level < LEVELS.size(); level++) {
			List<String> rows = this.jdbc.sql("""
					select r.name, c.required, c.description from cells c
					join roles r on r.id = c.role_id join levels l on l.id = c.level_id
					where l.slug = ? order by c.row_position
					""").param(LEVELS.get(level)).query((rs, n) -> {
				String role = rs.getString(1);
				String description = rs.getString(3);
				return rs.getBoolean(2) ? "| " + role + " | Required | " + description + " |"
						: "| " + role + " | " + description + " | |";
			}).list();
			List<String> exported = tables.get(level).stream()
				.map((row) -> (row.split("\\|", -1).length == 4) ? row + " |" : row)
				.toList();
			assertThat(rows).as(LEVELS.get(level)).isEqualTo(exported);
		}
	}

	private List<Long> countByLevel(String sql) {
		return LEVELS.stream().map((level) -> this.jdbc.sql(sql).param(level).query(Long.class).single()).toList();
	}

	/** The export's data rows, table by table: every row that starts with '|' and is not a header or separator. */
	private static List<List<String>> tablesOf(String export) {
		List<List<String>> tables = new ArrayList<>();
		for (String line : export.split("\n")) {
			if (line.equals("| Role | Required | Description |")) {
				tables.add(new ArrayList<>());
			}
			else if (line.startsWith("|") && !line.startsWith("|---")) {
				tables.get(tables.size() - 1).add(line);
			}
		}
		return tables;
	}

}

package com.skillmatrix.matrix;

import java.time.LocalDate;
import java.util.List;

import com.skillmatrix.TestMatrix;
import com.skillmatrix.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed's own facts, as SPEC section 2 states them: they hold where the seed is loaded, and the fidelity of any
 * matrix is {@link DataFidelityTests}'s.
 */
@WebTest
class SeedDataTests {

	private static final List<String> LEVELS = List.of("junior", "middle", "senior", "lead", "principal");

	@Autowired
	private JdbcClient jdbc;

	@BeforeEach
	void seedLoaded() {
		TestMatrix.assumeSeed();
	}

	@Test
	void levelsAreTheFiveOfTheGrowthPathInOrder() {
		assertThat(this.jdbc.sql("select slug from levels order by rank").query(String.class).list())
			.isEqualTo(LEVELS);
		assertThat(this.jdbc.sql("select name from levels order by rank").query(String.class).list())
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
				order by l.rank, r.slug
				""").query(String.class).list();
		assertThat(absent).containsExactly("junior engineering-manager", "junior solutions-architect",
				"junior technical-lead", "middle solutions-architect");
	}

	private List<Long> countByLevel(String sql) {
		return LEVELS.stream().map((level) -> this.jdbc.sql(sql).param(level).query(Long.class).single()).toList();
	}

}

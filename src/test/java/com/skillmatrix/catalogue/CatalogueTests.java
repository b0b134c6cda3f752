package com.skillmatrix.catalogue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.skillmatrix.matrix.Figures;
import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.RoleEntry;
import com.skillmatrix.matrix.CatalogueSkill;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueTests {

	private static final List<Level> LEVELS = List.of(new Level("low", "Low", 1), new Level("high", "High", 2));

	@Test
	void countsAreOfDistinctRolesAndOfCells() {
		List<CatalogueSkill> skills = List.of(skill("d", "c", "a", 2, 1, 3), skill("d", "c", "b", 1, 0, 1));
		List<Catalogue.SkillRole> pairs = List.of(new Catalogue.SkillRole("a", "Role One", "role-one"),
				new Catalogue.SkillRole("a", "Role Two", "role-two"), new Catalogue.SkillRole("b", "Role One", "role-one"));
		Catalogue catalogue = Catalogue.of(skills, pairs, LEVELS);
		Catalogue.Counts counts = catalogue.domains().get(0).counts();
		assertThat(counts).isEqualTo(new Catalogue.Counts(2, 2, 1, 4));
		assertThat(counts.requiredShare()).isEqualTo(25);
		assertThat(catalogue.roles()).singleElement().satisfies((group) -> {
			assertThat(group.initial()).isEqualTo("R");
			assertThat(group.roles()).extracting(RoleEntry::skills).containsExactly(2L, 1L);
		});
		assertThat(catalogue.compact()).isFalse();
	}

	@Test
	void aDomainsOneCategoryNamedLikeItHasNoHeadingOfItsOwn() {
		Catalogue alone = Catalogue.of(List.of(skill("Engineering", "Engineering", "a", 1, 0, 1)), List.of(), LEVELS);
		assertThat(alone.domains().get(0).showsCategories()).isFalse();
		Catalogue named = Catalogue.of(List.of(skill("Engineering", "Practices", "a", 1, 0, 1)), List.of(), LEVELS);
		assertThat(named.domains().get(0).showsCategories()).isTrue();
		Catalogue two = Catalogue.of(List.of(skill("Engineering", "Engineering", "a", 1, 0, 1),
				skill("Engineering", "Testing", "b", 1, 0, 1)), List.of(), LEVELS);
		assertThat(two.domains().get(0).showsCategories()).as("headings tell its categories apart").isTrue();
	}

	@Test
	void aLongMatrixIsListedByDomainAndCategory() {
		List<CatalogueSkill> skills = new ArrayList<>();
		for (int i = 0; i <= Catalogue.COMPACT_FROM; i++) {
			skills.add(skill("d", "c", "s" + i, 1, 0, 1));
		}
		assertThat(Catalogue.of(skills, List.of(), LEVELS).compact()).isTrue();
		assertThat(Catalogue.of(skills.subList(0, Catalogue.COMPACT_FROM), List.of(), LEVELS).compact()).isFalse();
	}

	private static CatalogueSkill skill(String domain, String category, String slug, long roles, long required,
			long cells) {
		return new CatalogueSkill(domain, domain, category, category, slug, slug, "", LocalDate.of(2026, 1, 2),
				new Figures(roles, 2, required, cells - required));
	}

}

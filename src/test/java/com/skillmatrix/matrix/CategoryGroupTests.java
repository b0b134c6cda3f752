package com.skillmatrix.matrix;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CategoryGroupTests {

	/** A group of skill names, as a page's read model makes one. */
	record Names(Skill first, List<Skill> rows) implements CategoryGroup {
	}

	private static Skill skill(String name, String domain, String category) {
		return new Skill(name.length(), name, Slugs.of(name), "", LocalDate.of(2026, 1, 1), domain, Slugs.of(domain),
				category, Slugs.of(category));
	}

	@Test
	void rowsAreGroupedByDomainAndCategoryInTheOrderOfTheirFirstRow() {
		Skill bash = skill("Bash", "Engineering", "Automation");
		Skill go = skill("Go", "Engineering", "Languages");
		Skill rust = skill("Rust", "Engineering", "Languages");
		Skill vault = skill("Vault", "Security", "Languages");
		List<Names> groups = CategoryGroup.of(List.of(bash, go, rust, vault), (skill) -> skill, Names::new);
		assertThat(groups).extracting(Names::rows)
			.containsExactly(List.of(bash), List.of(go, rust), List.of(vault));
		assertThat(groups).extracting(CategoryGroup::domain).containsExactly("Engineering", "Engineering", "Security");
		assertThat(groups).extracting(CategoryGroup::category).containsExactly("Automation", "Languages", "Languages");
		assertThat(groups).extracting(CategoryGroup::id)
			.containsExactly("engineering--automation", "engineering--languages", "security--languages");
	}

	@Test
	void slugsJoinedCannotBeConfused() {
		Skill first = skill("First", "Site Reliability", "Ops");
		Skill second = skill("Second", "Site", "Reliability Ops");
		List<Names> groups = CategoryGroup.of(List.of(first, second), (skill) -> skill, Names::new);
		assertThat(groups).extracting(CategoryGroup::id).containsExactly("site-reliability--ops", "site--reliability-ops");
	}

	@Test
	void aCategoryNamedLikeItsDomainIsNotShownTwice() {
		List<Names> groups = CategoryGroup.of(List.of(skill("Go", "Languages", "Languages"),
				skill("Bash", "Engineering", "Automation")), (skill) -> skill, Names::new);
		assertThat(groups).extracting(CategoryGroup::showsCategory).containsExactly(false, true);
	}

	@Test
	void noRowsNoGroups() {
		assertThat(CategoryGroup.of(List.<Skill>of(), (skill) -> skill, Names::new)).isEmpty();
	}

}

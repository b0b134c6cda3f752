package com.skillmatrix.matrix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleComparisonTests {

	private static final Level JUNIOR = new Level("junior", "Junior", 1);

	private static final Level SENIOR = new Level("senior", "Senior", 2);

	private static final Role BACKEND = new Role("Backend Developer", "backend-developer");

	private static final Role SRE = new Role("Site Reliability Engineer", "site-reliability-engineer");

	private static final Role TESTER = new Role("Tester", "tester");

	private static final List<Role> ROLES = List.of(BACKEND, SRE);

	private final List<SkillAtLevel> rows = new ArrayList<>();

	/** A skill of the Engineering domain, in a category of its own name unless one is given. */
	private static Skill skill(String name, String category) {
		String slug = Slugs.of(name);
		return new Skill(slug.length(), name, slug, "", LocalDate.of(2026, 1, 1), "Engineering", "engineering",
				category, Slugs.of(category));
	}

	private void cell(Skill skill, Role role, Level level, boolean required, String description) {
		this.rows.add(new SkillAtLevel(level, skill, new Cell(role, level, 1, required, description)));
	}

	private RoleComparison compare(Level level, List<Role> roles) {
		// Each level once without a cell too, as the query gives it.
		this.rows.add(new SkillAtLevel(JUNIOR, null, null));
		this.rows.add(new SkillAtLevel(SENIOR, null, null));
		return RoleComparison.of(level, roles, this.rows);
	}

	@Test
	void theSameCellsDoNotDiffer() {
		Skill go = skill("Go", "Languages");
		cell(go, BACKEND, SENIOR, true, "Writes Go.");
		cell(go, SRE, SENIOR, true, "Writes Go.");
		RoleComparison.SkillRow row = compare(SENIOR, ROLES).rows().get(0);
		assertThat(row.differs()).isFalse();
		assertThat(row.difference()).isEqualTo(new RoleComparison.Difference(null, 0, 2, 0, false));
		assertThat(row.anyRequired()).isTrue();
	}

	@Test
	void onlyOneRoleHasIt() {
		Skill go = skill("Go", "Languages");
		cell(go, SRE, SENIOR, false, "Reads Go.");
		RoleComparison comparison = compare(SENIOR, ROLES);
		RoleComparison.SkillRow row = comparison.rows().get(0);
		assertThat(row.cells()).containsExactly(null, row.cells().get(1));
		assertThat(row.cells().get(1).role()).isEqualTo(SRE);
		assertThat(row.difference().only()).isEqualTo(SRE);
		assertThat(row.difference().notExpected()).isEqualTo(1);
		assertThat(row.differs()).isTrue();
		assertThat(row.anyRequired()).isFalse();
	}

	@Test
	void someOfSeveralNotExpectedIsNoOnlyRole() {
		Skill go = skill("Go", "Languages");
		cell(go, BACKEND, SENIOR, false, "Writes Go.");
		cell(go, SRE, SENIOR, false, "Writes Go.");
		RoleComparison.SkillRow row = compare(SENIOR, List.of(BACKEND, TESTER, SRE)).rows().get(0);
		assertThat(row.difference()).isEqualTo(new RoleComparison.Difference(null, 1, 0, 2, false));
		assertThat(row.differs()).isTrue();
	}

	@Test
	void requiredForOneAndOptionalForAnother() {
		Skill go = skill("Go", "Languages");
		cell(go, BACKEND, SENIOR, true, "Writes Go.");
		cell(go, SRE, SENIOR, false, "Writes Go.");
		RoleComparison.SkillRow row = compare(SENIOR, ROLES).rows().get(0);
		assertThat(row.difference().mixed()).isTrue();
		assertThat(row.difference().worded()).isFalse();
		assertThat(row.difference().notExpected()).isZero();
		assertThat(row.differs()).isTrue();
	}

	@Test
	void differentTextEvenByOneCharacter() {
		Skill go = skill("Go", "Languages");
		cell(go, BACKEND, SENIOR, true, "Writes Go.");
		cell(go, SRE, SENIOR, true, "Writes Go");
		RoleComparison.SkillRow row = compare(SENIOR, ROLES).rows().get(0);
		assertThat(row.difference()).isEqualTo(new RoleComparison.Difference(null, 0, 2, 0, true));
		assertThat(row.differs()).isTrue();
	}

	@Test
	void onlyTheLevelAskedForAndTheRolesChosenCountInTheirOrder() {
		Skill go = skill("Go", "Languages");
		cell(go, BACKEND, JUNIOR, true, "Learns Go.");
		cell(go, TESTER, SENIOR, true, "Tests Go.");
		cell(go, SRE, SENIOR, false, "Runs Go.");
		Skill rust = skill("Rust", "Languages");
		cell(rust, BACKEND, JUNIOR, true, "Learns Rust.");
		RoleComparison comparison = compare(SENIOR, List.of(SRE, BACKEND));
		assertThat(comparison.rows()).extracting((row) -> row.skill().name()).containsExactly("Go");
		assertThat(comparison.rows().get(0).cells()).extracting((cell) -> (cell != null) ? cell.description() : null)
			.containsExactly("Runs Go.", null);
		assertThat(comparison.roles()).containsExactly(SRE, BACKEND);
	}

	@Test
	void rowsComeInTheCatalogueOrderGroupedByCategory() {
		cell(skill("Zig", "Languages"), BACKEND, SENIOR, true, "Z");
		cell(skill("💬 Communication", "Engineering"), SRE, SENIOR, true, "C");
		cell(skill("Ada", "Languages"), SRE, SENIOR, true, "A");
		cell(skill("Bash", "Automation"), BACKEND, SENIOR, true, "B");
		RoleComparison comparison = compare(SENIOR, ROLES);
		assertThat(comparison.rows()).extracting((row) -> row.skill().name())
			.containsExactly("Bash", "💬 Communication", "Ada", "Zig");
		List<RoleComparison.CategoryRows> categories = comparison.categories();
		assertThat(categories).extracting(RoleComparison.CategoryRows::category)
			.containsExactly("Automation", "Engineering", "Languages");
		assertThat(categories).extracting(RoleComparison.CategoryRows::showsCategory)
			.containsExactly(true, false, true);
		assertThat(categories.get(2).rows()).extracting((row) -> row.skill().name()).containsExactly("Ada", "Zig");
		assertThat(categories).extracting(RoleComparison.CategoryRows::id)
			.doesNotHaveDuplicates()
			.contains("engineering--languages");
	}

	@Test
	void differencesOnlyAndRequiredOnlyNarrowTheRows() {
		Skill same = skill("Same", "Languages");
		cell(same, BACKEND, SENIOR, true, "S");
		cell(same, SRE, SENIOR, true, "S");
		Skill optional = skill("Optional", "Languages");
		cell(optional, BACKEND, SENIOR, false, "O");
		Skill mixed = skill("Mixed", "Languages");
		cell(mixed, BACKEND, SENIOR, true, "M");
		cell(mixed, SRE, SENIOR, false, "M");
		RoleComparison comparison = compare(SENIOR, ROLES);
		assertThat(comparison.differing()).isEqualTo(2);
		assertThat(names(comparison.only(false, false))).containsExactly("Mixed", "Optional", "Same");
		assertThat(names(comparison.only(true, false))).containsExactly("Mixed", "Optional");
		assertThat(names(comparison.only(false, true))).containsExactly("Mixed", "Same");
		assertThat(names(comparison.only(true, true))).containsExactly("Mixed");
		assertThat(comparison.only(true, true).roles()).isEqualTo(comparison.roles());
	}

	@Test
	void noCellAtTheLevelIsNoRow() {
		cell(skill("Go", "Languages"), BACKEND, JUNIOR, true, "Learns Go.");
		RoleComparison comparison = compare(SENIOR, ROLES);
		assertThat(comparison.rows()).isEmpty();
		assertThat(comparison.categories()).isEmpty();
		assertThat(comparison.differing()).isZero();
	}

	@Test
	void cellsCannotBeChangedFromOutside() {
		Skill go = skill("Go", "Languages");
		cell(go, BACKEND, SENIOR, true, "Writes Go.");
		RoleComparison.SkillRow row = compare(SENIOR, ROLES).rows().get(0);
		assertThat(row.cells()).hasSize(2);
		assertThatThrownBy(() -> row.cells().set(1, null))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	private static List<String> names(RoleComparison comparison) {
		return comparison.rows().stream().map((row) -> row.skill().name()).toList();
	}

}

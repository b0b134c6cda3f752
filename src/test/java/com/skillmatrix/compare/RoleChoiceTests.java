package com.skillmatrix.compare;

import java.time.LocalDate;
import java.util.List;

import com.skillmatrix.matrix.Cell;
import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.SkillProfile;
import com.skillmatrix.matrix.Skill;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleChoiceTests {

	private static final Level JUNIOR = new Level("junior", "Junior", 1);

	private static final SkillProfile PROFILE = new SkillProfile(
			new Skill(1, "Vault", "vault", "", LocalDate.of(2026, 1, 1), "D", "d", "C", "c"), List.of(JUNIOR),
			List.of("a", "b", "c", "d", "e", "f", "g")
				.stream()
				.map((slug) -> new Cell(new Role(slug.toUpperCase(), slug), JUNIOR, 1, false, "x"))
				.toList());

	@Test
	void twoToSixKnownRolesAreValid() {
		assertThat(RoleChoice.of(PROFILE, List.of("a", "b")).valid()).isTrue();
		assertThat(RoleChoice.of(PROFILE, List.of("a", "b", "c", "d", "e", "f")).roles()).hasSize(6);
	}

	@Test
	void mistakesAreListedAndTheValidPartKept() {
		RoleChoice choice = RoleChoice.of(PROFILE, List.of("a", "zz", "b", "a", ""));
		assertThat(choice.roles()).extracting(Role::slug).containsExactly("a", "b");
		assertThat(choice.mistakes()).extracting(RoleChoice.Mistake::code)
			.containsExactly("compare.problem.unknown", "compare.problem.repeated", "compare.problem.empty");
		assertThat(choice.validPartComparable()).isTrue();
	}

	@Test
	void countsOutsideTwoToSixAreProblems() {
		assertThat(RoleChoice.of(PROFILE, List.of("a")).mistakes()).extracting(RoleChoice.Mistake::code)
			.containsExactly("compare.problem.tooFew");
		RoleChoice seven = RoleChoice.of(PROFILE, List.of("a", "b", "c", "d", "e", "f", "g"));
		assertThat(seven.mistakes()).extracting(RoleChoice.Mistake::code).containsExactly("compare.problem.tooMany");
		assertThat(seven.validPartComparable()).isFalse();
	}

}

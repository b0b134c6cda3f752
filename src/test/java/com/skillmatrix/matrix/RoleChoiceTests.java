package com.skillmatrix.matrix;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleChoiceTests {

	private static final List<Role> ROLES = List.of("a", "b", "c", "d", "e", "f", "g")
		.stream()
		.map((slug) -> new Role(slug.toUpperCase(), slug))
		.toList();

	private static RoleChoice choice(List<String> values) {
		return RoleChoice.of(values, RoleChoiceTests::find, (value) -> new RoleChoice.Mistake("unknown", value));
	}

	private static Optional<Role> find(String slug) {
		return ROLES.stream().filter((role) -> role.slug().equals(slug)).findFirst();
	}

	@Test
	void twoToSixKnownRolesAreValid() {
		assertThat(choice(List.of("a", "b")).valid()).isTrue();
		assertThat(choice(List.of("a", "b", "c", "d", "e", "f")).roles()).hasSize(6);
	}

	@Test
	void mistakesAreListedAndTheValidPartKept() {
		RoleChoice choice = choice(List.of("a", "zz", "b", "a", ""));
		assertThat(choice.roles()).extracting(Role::slug).containsExactly("a", "b");
		assertThat(choice.mistakes()).extracting(RoleChoice.Mistake::code)
			.containsExactly("unknown", "compare.problem.repeated", "compare.problem.empty");
		assertThat(choice.mistakes().get(0).arguments()).containsExactly("zz");
		assertThat(choice.validPartComparable()).isTrue();
	}

	@Test
	void countsOutsideTwoToSixAreProblems() {
		assertThat(choice(List.of("a")).mistakes()).extracting(RoleChoice.Mistake::code)
			.containsExactly("compare.problem.tooFew");
		assertThat(choice(List.of()).mistakes()).extracting(RoleChoice.Mistake::code)
			.containsExactly("compare.problem.tooFew");
		RoleChoice seven = choice(List.of("a", "b", "c", "d", "e", "f", "g"));
		assertThat(seven.mistakes()).extracting(RoleChoice.Mistake::code).containsExactly("compare.problem.tooMany");
		assertThat(seven.validPartComparable()).isFalse();
	}

}

package com.skillmatrix.matrix;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** What a plan's address asks for: nothing yet, answers one parameter a skill, or the compact value. */
class PlanAnswersTests {

	private static final RoleProfile PROFILE = PlanTests.profile("alpha R R R R", "beta O O R R", "gamma - O O R");

	@Test
	void noParametersAreTheBlankForm() {
		PlanAnswers answers = PlanAnswers.of(PROFILE, Map.of());
		assertThat(answers.blank()).isTrue();
		assertThat(answers.compact()).isFalse();
	}

	@Test
	void theLongFormGivesItsAnswersInTheRolesOrder() {
		PlanAnswers answers = PlanAnswers.of(PROFILE, query("gamma", "none", "alpha", "third"));
		assertThat(answers.blank()).isFalse();
		assertThat(answers.compact()).isFalse();
		assertThat(answers.answers()).containsExactly(Map.entry("alpha", "third"), Map.entry("gamma", "none"));
	}

	@Test
	void theCompactValueGivesTheSameAnswersBack() {
		PlanAnswers given = PlanAnswers.of(PROFILE, query("gamma", "none", "alpha", "third"));
		PlanAnswers read = PlanAnswers.of(PROFILE, query(PlanAddress.PARAMETER, given.address(PROFILE)));
		assertThat(read.compact()).isTrue();
		assertThat(read.blank()).isFalse();
		assertThat(read.answers()).isEqualTo(given.answers());
		assertThat(read.reading().changed()).isFalse();
	}

	@Test
	void aParameterThatIsNoSkillOfTheRoleIsAMistake() {
		assertThat(mistake(query("alpha", "first", "delta", "first")).code()).isEqualTo("plan.skill.unknown");
		assertThat(mistake(query("alpha", "first", "delta", "first")).arguments()).containsExactly("delta",
				"Test Engineer", "alpha");
	}

	@Test
	void aValueThatIsNoLevelIsAMistakeThatNamesTheChoices() {
		PlanAnswers.Mistake mistake = mistake(query("alpha", "fifth"));
		assertThat(mistake.code()).isEqualTo("plan.level.unknown");
		assertThat(mistake.arguments()).containsExactly("fifth", "alpha", "first, second, third, fourth, none");
		assertThat(mistake(query("alpha", "")).code()).isEqualTo("plan.level.missing");
		assertThat(mistake(query("alpha", "First")).code()).as("slugs are lower case").isEqualTo("plan.level.unknown");
	}

	@Test
	void aSkillAnsweredTwiceIsAMistake() {
		Map<String, List<String>> query = new LinkedHashMap<>();
		query.put("alpha", List.of("first", "first"));
		assertThat(mistake(query).code()).isEqualTo("plan.skill.repeated");
	}

	@Test
	void theCompactValueAloneOrNotAtAll() {
		String value = PlanAnswers.of(PROFILE, query("alpha", "first")).address(PROFILE);
		assertThat(mistake(query(PlanAddress.PARAMETER, value, "alpha", "first")).code()).isEqualTo("plan.mixed");
		Map<String, List<String>> twice = Map.of(PlanAddress.PARAMETER, List.of(value, value));
		assertThat(mistake(twice).code()).isEqualTo("plan.address.repeated");
	}

	@Test
	void aCompactValueThatCannotBeReadSaysHow() {
		String value = PlanAnswers.of(PROFILE, query("alpha", "first")).address(PROFILE);
		assertThat(mistake(query(PlanAddress.PARAMETER, value.substring(0, value.length() - 3))).code())
			.isEqualTo("plan.address.incomplete");
		assertThat(mistake(query(PlanAddress.PARAMETER, "")).code()).isEqualTo("plan.address.empty");
		assertThat(mistake(query(PlanAddress.PARAMETER, "7" + value.substring(1))).code())
			.isEqualTo("plan.address.version");
		assertThat(mistake(query(PlanAddress.PARAMETER, value + "%")).code()).isEqualTo("plan.address.characters");
		assertThat(mistake(query(PlanAddress.PARAMETER, "")).arguments()).containsExactly(PlanAddress.PARAMETER,
				"Test Engineer");
	}

	private static PlanAnswers.Mistake mistake(Map<String, List<String>> query) {
		PlanAnswers.Mistake mistake = catchThrowableOfType(PlanAnswers.Mistake.class,
				() -> PlanAnswers.of(PROFILE, query));
		assertThat(mistake).as("a mistake in " + query).isNotNull();
		return mistake;
	}

	/** Parameters as name and value pairs, each once. */
	private static Map<String, List<String>> query(String... pairs) {
		Map<String, List<String>> query = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			query.put(pairs[i], List.of(pairs[i + 1]));
		}
		return query;
	}

}

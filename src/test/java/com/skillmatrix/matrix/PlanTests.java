package com.skillmatrix.matrix;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan's rule, on roles of four levels made up for the purpose: R is a Required cell, O an Optional one. */
class PlanTests {

	static final List<Level> LEVELS = List.of(new Level("first", "First", 1), new Level("second", "Second", 2),
			new Level("third", "Third", 3), new Level("fourth", "Fourth", 4));

	static final Role ROLE = new Role("Test Engineer", "test-engineer");

	@Test
	void nothingPickedMeetsNoLevelWhenTheLowestHasARequiredCell() {
		RoleProfile profile = profile("alpha R R R R", "beta O O R R");
		Plan plan = Plan.of(profile, Map.of());
		assertThat(plan.levelMet()).isNull();
		assertThat(plan.nextLevel()).isEqualTo(LEVELS.get(0));
		assertThat(open(plan)).containsExactly("alpha first R", "beta first O");
		assertThat(plan.requiredSkills()).isEqualTo(1);
		assertThat(plan.requiredSkillsMet()).isZero();
		assertThat(plan.unanswered()).hasSize(2);
	}

	@Test
	void notYetCountsAsNothingPicked() {
		RoleProfile profile = profile("alpha R R R R", "beta O O R R");
		assertThat(Plan.of(profile, answers("alpha none", "beta none"))).usingRecursiveComparison()
			.ignoringFields("skills")
			.isEqualTo(Plan.of(profile, Map.of()));
		assertThat(Plan.of(profile, answers("alpha none", "beta none")).unanswered()).isEmpty();
	}

	@Test
	void anOptionalCellNeverHoldsALevelBack() {
		RoleProfile profile = profile("alpha O O O R", "beta O R R R");
		Plan plan = Plan.of(profile, answers("beta third"));
		assertThat(plan.levelMet()).isEqualTo(LEVELS.get(2));
		assertThat(plan.nextLevel()).isEqualTo(LEVELS.get(3));
		// Every cell of the role up to the next level that the picks do not reach, the Required ones first.
		assertThat(open(plan)).containsExactly("alpha fourth R", "beta fourth R", "alpha first O", "alpha second O",
				"alpha third O");
		assertThat(plan.requiredSkills()).isEqualTo(2);
		assertThat(plan.requiredSkillsMet()).isZero();
	}

	@Test
	void aRequiredCellBelowTheLevelBlocksItWhateverIsPickedElsewhere() {
		RoleProfile profile = profile("alpha R - - -", "beta O O R R");
		Plan plan = Plan.of(profile, answers("alpha none", "beta fourth"));
		assertThat(plan.levelMet()).isNull();
		assertThat(plan.nextLevel()).isEqualTo(LEVELS.get(0));
		assertThat(open(plan)).containsExactly("alpha first R");

		Plan met = Plan.of(profile, answers("alpha first", "beta fourth"));
		assertThat(met.levelMet()).isEqualTo(LEVELS.get(3));
		assertThat(met.top()).isTrue();
	}

	@Test
	void aLevelIsMetOnlyWithEveryRequiredCellBelowItReached() {
		// beta's Required cell at the second level holds back the third, though beta's third level asks nothing.
		RoleProfile profile = profile("alpha R R R R", "beta - R - O");
		Plan plan = Plan.of(profile, answers("alpha fourth", "beta first"));
		assertThat(plan.levelMet()).isEqualTo(LEVELS.get(0));
		assertThat(plan.nextLevel()).isEqualTo(LEVELS.get(1));
		assertThat(open(plan)).containsExactly("beta second R");
		assertThat(plan.skills()).extracting((skill) -> skill.needed().slug()).containsExactly("second", "second");
		assertThat(plan.requiredSkillsMet()).isEqualTo(1);
		assertThat(plan.requiredSkills()).isEqualTo(2);
	}

	@Test
	void theTopLevelMetLeavesNothingOpen() {
		RoleProfile profile = profile("alpha R R R R", "beta O O O O");
		Plan plan = Plan.of(profile, answers("alpha fourth", "beta none"));
		assertThat(plan.levelMet()).isEqualTo(LEVELS.get(3));
		assertThat(plan.nextLevel()).isNull();
		assertThat(plan.top()).isTrue();
		assertThat(plan.open()).isEmpty();
		assertThat(plan.requiredSkills()).isZero();
	}

	@Test
	void aRoleWithoutRequiredCellsMeetsEveryLevelEvenWithNothingPicked() {
		Plan plan = Plan.of(profile("alpha O O O O", "beta - O O -"), Map.of());
		assertThat(plan.levelMet()).isEqualTo(LEVELS.get(3));
		assertThat(plan.nextLevel()).isNull();
		assertThat(plan.open()).isEmpty();
	}

	@Test
	void theLevelBelowTheTopIsMetWhenOnlyTheTopIsMissing() {
		RoleProfile profile = profile("alpha R R R R", "beta R O R O");
		Plan plan = Plan.of(profile, answers("alpha third", "beta fourth"));
		assertThat(plan.levelMet()).isEqualTo(LEVELS.get(2));
		assertThat(plan.nextLevel()).isEqualTo(LEVELS.get(3));
		assertThat(open(plan)).containsExactly("alpha fourth R");
		assertThat(plan.open().get(0).from()).isEqualTo(LEVELS.get(2));
	}

	@Test
	void anOpenCellAtTheLowestLevelHasNoLevelToAdvanceFrom() {
		Plan plan = Plan.of(profile("alpha R R - -"), Map.of());
		assertThat(plan.open()).singleElement().satisfies((open) -> assertThat(open.from()).isNull());
	}

	/** A role's profile: each skill a slug and its cells level by level ("R", "O", or "-" for none). */
	static RoleProfile profile(String... skills) {
		List<SkillAtLevel> rows = new ArrayList<>();
		for (int k = 0; k < LEVELS.size(); k++) {
			Level level = LEVELS.get(k);
			boolean any = false;
			for (String spec : skills) {
				String[] parts = spec.split(" ");
				String mark = parts[k + 1];
				if (mark.equals("-")) {
					continue;
				}
				any = true;
				Skill skill = new Skill(Arrays.asList(skills).indexOf(spec), parts[0].toUpperCase(), parts[0], "",
						LocalDate.of(2026, 1, 1), "Domain", "domain", "Domain", "domain");
				rows.add(new SkillAtLevel(level, skill,
						new Cell(ROLE, level, 1, mark.equals("R"), parts[0] + " at " + level.name())));
			}
			if (!any) {
				rows.add(new SkillAtLevel(level, null, null));
			}
		}
		return RoleProfile.of(ROLE, rows);
	}

	/** Answers as "skill level" pairs. */
	static Map<String, String> answers(String... pairs) {
		Map<String, String> answers = new LinkedHashMap<>();
		for (String pair : pairs) {
			answers.put(pair.split(" ")[0], pair.split(" ")[1]);
		}
		return answers;
	}

	private static List<String> open(Plan plan) {
		return plan.open()
			.stream()
			.map((open) -> open.skill().slug() + " " + open.cell().level().slug() + " "
					+ (open.cell().required() ? "R" : "O"))
			.toList();
	}

}

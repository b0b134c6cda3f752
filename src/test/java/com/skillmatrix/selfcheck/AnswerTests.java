package com.skillmatrix.selfcheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.skillmatrix.matrix.Cell;
import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.SkillProfile;
import com.skillmatrix.matrix.Skill;
import com.skillmatrix.selfcheck.Answer.Gap;
import com.skillmatrix.selfcheck.Checklist.Statement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The self-check's verdict, on a skill of four levels made up for the purpose. */
class AnswerTests {

	private static final List<Level> LEVELS = List.of(new Level("first", "First", 1), new Level("second", "Second", 2),
			new Level("third", "Third", 3), new Level("fourth", "Fourth", 4));

	private static final Role EVERYWHERE = new Role("Everywhere Engineer", "everywhere-engineer");

	private static final Role LATE = new Role("Late Architect", "late-architect");

	private static final Role GAPPY = new Role("Gappy Analyst", "gappy-analyst");

	/** Everywhere has two statements at each level; Late starts at the third; Gappy skips the second. */
	private static final SkillProfile PROFILE = profile();

	private final Checklist everywhere = Checklist.of(PROFILE, EVERYWHERE);

	@Test
	void statementsAreNumberedWithinTheirLevel() {
		assertThat(this.everywhere.levels().get(1).statements()).containsExactly(
				new Statement("second-1", "Does second things."), new Statement("second-2", "Knows Node.js well."));
		assertThat(this.everywhere.size()).isEqualTo(8);
		assertThat(this.everywhere.statement("fourth-2")).isPresent();
		assertThat(this.everywhere.statement("fourth-3")).isEmpty();
	}

	@Test
	void noneMetAnswersNoLevelAndListsTheFirstLevel() {
		Answer answer = Answer.of(this.everywhere, Set.of());
		assertThat(answer.reached()).isNull();
		assertThat(answer.next().level()).isEqualTo(LEVELS.get(0));
		assertThat(answer.from()).isNull();
		assertThat(answer.open()).extracting(Statement::id).containsExactly("first-1", "first-2");
		assertThat(answer.metAtNext()).isZero();
		assertThat(answer.gaps()).isEmpty();
	}

	@Test
	void levelsMetInFullAnswerTheHighestAndListWhatIsLeftAtTheNext() {
		Answer answer = Answer.of(this.everywhere, Set.of("first-1", "first-2", "second-1", "second-2", "third-2"));
		assertThat(answer.reached()).isEqualTo(LEVELS.get(1));
		assertThat(answer.next().level()).isEqualTo(LEVELS.get(2));
		assertThat(answer.from()).isEqualTo(LEVELS.get(1));
		assertThat(answer.metAtNext()).isEqualTo(1);
		assertThat(answer.open()).extracting(Statement::id).containsExactly("third-1");
		assertThat(answer.top()).isFalse();
		assertThat(answer.gaps()).isEmpty();
	}

	@Test
	void everyStatementMetReachesTheTopLevel() {
		Answer answer = Answer.of(this.everywhere, ids(this.everywhere));
		assertThat(answer.reached()).isEqualTo(LEVELS.get(3));
		assertThat(answer.top()).isTrue();
		assertThat(answer.next()).isNull();
		assertThat(answer.open()).isEmpty();
		assertThat(answer.gaps()).isEmpty();
	}

	@Test
	void aGapBelowHoldsTheAnswerThereAndIsNamed() {
		Answer answer = Answer.of(this.everywhere,
				Set.of("first-1", "second-1", "second-2", "third-1", "fourth-1", "fourth-2"));
		assertThat(answer.reached()).isNull();
		assertThat(answer.next().level()).isEqualTo(LEVELS.get(0));
		assertThat(answer.open()).extracting(Statement::id).containsExactly("first-2");
		assertThat(answer.gaps()).containsExactly(new Gap(LEVELS.get(0), 1), new Gap(LEVELS.get(2), 1));
	}

	@Test
	void theHighestLevelTickedIsNoGapItself() {
		Answer answer = Answer.of(this.everywhere, Set.of("first-1", "first-2", "second-1"));
		assertThat(answer.reached()).isEqualTo(LEVELS.get(0));
		assertThat(answer.gaps()).isEmpty();
	}

	@Test
	void aRoleAbsentAtTheLowerLevelsStartsAtItsFirstLevel() {
		Checklist late = Checklist.of(PROFILE, LATE);
		assertThat(late.startsLater()).isTrue();
		assertThat(late.start()).isEqualTo(LEVELS.get(2));
		assertThat(late.levels().get(0).statements()).isEmpty();

		Answer none = Answer.of(late, Set.of());
		assertThat(none.reached()).as("levels without a cell are not met by ticking nothing").isNull();
		assertThat(none.next().level()).isEqualTo(LEVELS.get(2));
		assertThat(none.from()).isEqualTo(LEVELS.get(1));
		assertThat(none.open()).extracting(Statement::id).containsExactly("third-1", "third-2");

		Answer third = Answer.of(late, Set.of("third-1", "third-2"));
		assertThat(third.reached()).isEqualTo(LEVELS.get(2));
		assertThat(third.next().level()).isEqualTo(LEVELS.get(3));

		Answer all = Answer.of(late, ids(late));
		assertThat(all.reached()).isEqualTo(LEVELS.get(3));
		assertThat(all.top()).isTrue();
	}

	@Test
	void aLevelWithoutACellBetweenTwoIsPassedOver() {
		Checklist gappy = Checklist.of(PROFILE, GAPPY);
		assertThat(gappy.startsLater()).isFalse();
		Answer answer = Answer.of(gappy, Set.of("first-1", "first-2"));
		assertThat(answer.reached()).isEqualTo(LEVELS.get(0));
		assertThat(answer.next().level()).isEqualTo(LEVELS.get(2));
		assertThat(answer.from()).as("the advance page's step into the next level").isEqualTo(LEVELS.get(1));
	}

	@Test
	void aRoleThatEndsBelowTheTopLevelIsDoneAtItsLastCell() {
		Checklist gappy = Checklist.of(PROFILE, GAPPY);
		Answer answer = Answer.of(gappy, ids(gappy));
		assertThat(answer.reached()).isEqualTo(LEVELS.get(2));
		assertThat(answer.top()).isTrue();
	}

	@Test
	void idsOfALevelTheRoleLacksAreRecognised() {
		Checklist late = Checklist.of(PROFILE, LATE);
		assertThat(late.unexpectedLevel("first-1")).contains(LEVELS.get(0));
		assertThat(late.unexpectedLevel("second-12")).contains(LEVELS.get(1));
		assertThat(late.unexpectedLevel("second-0")).isEmpty();
		assertThat(late.unexpectedLevel("third-1")).isEmpty();
		assertThat(late.unexpectedLevel("first")).isEmpty();
	}

	private static Set<String> ids(Checklist checklist) {
		Set<String> ids = new HashSet<>();
		checklist.levels().forEach((level) -> level.statements().forEach((statement) -> ids.add(statement.id())));
		return ids;
	}

	private static SkillProfile profile() {
		List<Cell> cells = new ArrayList<>();
		String[] texts = { "Does first things. Knows e.g. AWS basics.", "Does second things. Knows Node.js well.",
				"Does third things. Knows KV v2.", "Does fourth things. Leads others." };
		for (int i = 0; i < LEVELS.size(); i++) {
			Level level = LEVELS.get(i);
			cells.add(new Cell(EVERYWHERE, level, 1, i >= 2, texts[i]));
			if (i >= 2) {
				cells.add(new Cell(LATE, level, 2, true, texts[i]));
			}
			if (i != 1 && i != 3) {
				cells.add(new Cell(GAPPY, level, 3, false, texts[i]));
			}
		}
		return new SkillProfile(new Skill(1, "Made-up Skill", "made-up-skill", "", LocalDate.of(2026, 1, 1),
				"Domain", "domain", "Category", "category"), LEVELS, cells);
	}

}

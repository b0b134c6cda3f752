package com.skillmatrix.selfcheck;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.skillmatrix.matrix.Cell;
import com.skillmatrix.matrix.Level;
import com.skillmatrix.matrix.Role;
import com.skillmatrix.matrix.SkillProfile;
import com.skillmatrix.matrix.Skill;
import com.skillmatrix.selfcheck.Checklist.LevelStatements;
import com.skillmatrix.selfcheck.Checklist.Statement;
import com.skillmatrix.selfcheck.Checklist.StatementGroup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A self-check's statements, on cells written by hand: lists with headings and bullets, and single lines. */
class ChecklistTests {

	private static final Level LOW = new Level("low", "Low", 1);

	private static final Level HIGH = new Level("high", "High", 2);

	private static final Role ROLE = new Role("List Engineer", "list-engineer");

	@Test
	void aListGivesOneStatementPerItemEvenWhereAnItemHasSentences() {
		Checklist checklist = checklist("- Writes tests. Runs them in CI.\n- Reviews code\n- Pairs with juniors",
				"Owns the release.");
		assertThat(checklist.levels().get(0).statements()).containsExactly(
				new Statement("low-1", "Writes tests. Runs them in CI."), new Statement("low-2", "Reviews code"),
				new Statement("low-3", "Pairs with juniors"));
	}

	@Test
	void aOneLineCellKeepsOneStatementPerSentence() {
		Checklist checklist = checklist("Writes tests.", "Owns the release. Mentors e.g. Juniors. Knows Node.js.");
		assertThat(checklist.levels().get(1).statements()).extracting(Statement::text)
			.containsExactly("Owns the release.", "Mentors e.g. Juniors.", "Knows Node.js.");
		assertThat(checklist.levels().get(1).groups()).singleElement()
			.satisfies((group) -> assertThat(group.heading()).isNull());
	}

	@Test
	void headingsAreNoStatementsAndNumbersRunOnAcrossTheGroups() {
		Checklist checklist = checklist("Writes tests.",
				"Owns the service.\nExample behaviors:\n- Writes runbooks\n- Leads incidents\n\nExample tasks:\n* Ships v2");
		LevelStatements high = checklist.levels().get(1);
		assertThat(high.groups()).containsExactly(
				new StatementGroup(null, List.of(new Statement("high-1", "Owns the service."))),
				new StatementGroup("Example behaviors:",
						List.of(new Statement("high-2", "Writes runbooks"), new Statement("high-3", "Leads incidents"))),
				new StatementGroup("Example tasks:", List.of(new Statement("high-4", "Ships v2"))));
		assertThat(high.statements()).extracting(Statement::text).doesNotContain("Example behaviors:", "Example tasks:");
		assertThat(checklist.size()).isEqualTo(5);
		assertThat(checklist.statement("high-4")).isPresent();
		assertThat(checklist.statement("high-5")).isEmpty();
	}

	@Test
	void aStatementIsNeverMoreThanOneLine() {
		Checklist checklist = checklist("Does one thing.\nDoes another. And more.",
				"Example: writes a design doc\n\n\nExample: mentors two people\n");
		assertThat(checklist.levels()).flatExtracting(LevelStatements::statements)
			.extracting(Statement::text)
			.containsExactly("Does one thing.", "Does another. And more.", "Example: writes a design doc",
					"Example: mentors two people")
			.noneMatch((text) -> text.contains("\n"));
	}

	@Test
	void theVerdictCountsItemsAsStatements() {
		Checklist checklist = checklist("- Writes tests\n- Reviews code", "Tasks:\n- Ships v1\n- Ships v2");
		Answer low = Answer.of(checklist, Set.of("low-1", "low-2", "high-2"));
		assertThat(low.reached()).isEqualTo(LOW);
		assertThat(low.metAtNext()).isEqualTo(1);
		assertThat(low.open()).containsExactly(new Statement("high-1", "Ships v1"));
		assertThat(low.byItem()).as("the advance page compares the two lists item by item").isTrue();
		assertThat(Answer.of(checklist("Writes tests.", "Ships v1. Ships v2."), Set.of("low-1")).byItem()).isFalse();
		assertThat(Answer.of(checklist("Writes tests.", "Ships v1.\nShips v2."), Set.of("low-1")).byItem()).isTrue();
		assertThat(Answer.of(checklist, Set.of("low-1", "low-2", "high-1", "high-2")).top()).isTrue();
	}

	private static Checklist checklist(String low, String high) {
		SkillProfile profile = new SkillProfile(new Skill(1, "Made-up Skill", "made-up-skill", "",
				LocalDate.of(2026, 1, 1), "Domain", "domain", "Category", "category"), List.of(LOW, HIGH),
				List.of(new Cell(ROLE, LOW, 1, false, low), new Cell(ROLE, HIGH, 1, true, high)));
		return Checklist.of(profile, ROLE);
	}

}

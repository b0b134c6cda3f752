package com.skillmatrix.loading;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.skillmatrix.matrix.Change;
import com.skillmatrix.matrix.Change.Field;
import com.skillmatrix.matrix.Change.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class MatrixDiffTests {

	private static final List<Matrix.Level> LEVELS = List.of(new Matrix.Level("low", "Low"),
			new Matrix.Level("high", "High"));

	@Test
	void theSameMatrixChangesNothing() {
		Matrix matrix = matrix(skill("a", "Summary", cell("Role", "low", false, "Reads.")));
		assertThat(MatrixDiff.of(matrix, matrix).empty()).isTrue();
	}

	@Test
	void aNewSkillIsOneLineAndARemovedOneToo() {
		Matrix before = matrix(skill("a", "S", cell("Role", "low", false, "Reads.")));
		Matrix after = matrix(skill("b", "S", cell("Role", "low", false, "Reads.")));
		MatrixDiff diff = MatrixDiff.of(before, after);
		assertThat(diff.changes()).extracting(Change::skill, Change::kind)
			.containsExactly(tuple("b", Kind.SKILL_ADDED), tuple("a", Kind.SKILL_REMOVED));
		assertThat(diff.skills()).hasSize(2);
	}

	@Test
	void cellsAddedRemovedRewordedAndFlagged() {
		Matrix before = matrix(skill("a", "S", cell("Gone", "low", false, "Old."), cell("Kept", "low", false, "Reads."),
				cell("Kept", "high", false, "Writes.")));
		Matrix after = matrix(skill("a", "S", cell("Kept", "low", true, "Reads."), cell("Kept", "high", false,
				"Writes and reviews."), cell("New", "high", true, "Leads.")));
		MatrixDiff diff = MatrixDiff.of(before, after);
		assertThat(diff.changes()).extracting(Change::kind, Change::role, Change::level,
				Change::before, Change::after)
			.containsExactly(tuple(Kind.CELL_ADDED, "New", "High", null, "Leads."),
					tuple(Kind.CELL_REMOVED, "Gone", "Low", "Old.", null),
					tuple(Kind.CELL_REQUIRED, "Kept", "Low", null, null),
					tuple(Kind.CELL_REWORDED, "Kept", "High", "Writes.", "Writes and reviews."));
	}

	@Test
	void headerChangesAreFieldsAndAMovedRowIsNoLogLine() {
		Matrix before = matrix(skill("a", "Old summary", cell("One", "low", false, "x"), cell("Two", "low", false, "y")));
		Matrix after = matrix(skill("a", "New summary", cell("Two", "low", false, "y"), cell("One", "low", false, "x")));
		MatrixDiff diff = MatrixDiff.of(before, after);
		assertThat(diff.changes()).extracting(Change::kind, Change::field, Change::before,
				Change::after)
			.containsExactly(tuple(Kind.FIELD, Field.SUMMARY, "Old summary", "New summary"));
		assertThat(diff.skills().get(0).updated()).hasSize(2);
	}

	@Test
	void aRoleRenamedWithTheSameSlugIsTheSameRole() {
		Matrix before = matrix(skill("a", "S", cell("Site Reliability Engineer", "low", false, "x")));
		Matrix after = matrix(skill("a", "S", cell("Site Reliability Engineer (SRE)", "low", false, "x")));
		MatrixDiff diff = MatrixDiff.of(before, after);
		assertThat(diff.empty()).isTrue();
		assertThat(diff.changes()).extracting(Change::skill, Change::kind, Change::roleSlug, Change::before,
				Change::after)
			.containsExactly(tuple("a", Kind.ROLE_RENAMED, "site-reliability-engineer", "Site Reliability Engineer",
					"Site Reliability Engineer (SRE)"));
	}

	@Test
	void aRoleRenamedWithTheSameSlugIsLoggedInEachSkillThatHasIt() {
		Matrix before = matrix(skill("a", "S", cell("Tester", "low", false, "x")),
				skill("b", "S", cell("Other", "low", false, "y")));
		Matrix after = matrix(skill("a", "S", cell("TESTER", "low", false, "x")),
				skill("b", "S", cell("Other", "low", false, "y")));
		assertThat(MatrixDiff.of(before, after).changes()).extracting(Change::skill, Change::kind)
			.containsExactly(tuple("a", Kind.ROLE_RENAMED));
	}

	@Test
	void aLevelRenamedWithTheSameSlugIsLoggedInEachSkillWithCellsAtIt() {
		Matrix before = matrix(skill("a", "S", cell("Role", "low", false, "x")),
				skill("b", "S", cell("Role", "high", false, "y")));
		Matrix after = new Matrix(List.of(new Matrix.Level("low", "LOW"), new Matrix.Level("high", "High")),
				before.skills());
		MatrixDiff diff = MatrixDiff.of(before, after);
		assertThat(diff.empty()).isTrue();
		assertThat(diff.changes()).extracting(Change::skill, Change::kind, Change::levelSlug, Change::before,
				Change::after)
			.containsExactly(tuple("a", Kind.LEVEL_RENAMED, "low", "Low", "LOW"));
	}

	@Test
	void aRoleRenamedToANewSlugIsOneLineNotItsCellsRemovedAndAdded() {
		Matrix before = matrix(skill("a", "S", cell("Tester", "low", false, "x"), cell("Tester", "high", true, "y"),
				cell("Kept", "low", false, "z")));
		Matrix after = matrix(skill("a", "S", cell("Quality Engineer", "low", false, "x"),
				cell("Quality Engineer", "high", true, "y"), cell("Kept", "low", false, "z")));
		MatrixDiff diff = MatrixDiff.of(before, after);
		assertThat(diff.changes()).extracting(Change::kind, Change::role, Change::roleSlug, Change::before,
				Change::after)
			.containsExactly(tuple(Kind.ROLE_RENAMED, "Quality Engineer", "quality-engineer", "Tester",
					"Quality Engineer"));
		assertThat(diff.skills().get(0).added()).hasSize(2);
		assertThat(diff.skills().get(0).removed()).hasSize(2);
	}

	@Test
	void aRoleWhoseCellsDifferIsRemovedAndAnotherAdded() {
		Matrix before = matrix(skill("a", "S", cell("Tester", "low", false, "x"), cell("Tester", "high", true, "y")));
		Matrix after = matrix(skill("a", "S", cell("Quality Engineer", "low", false, "x"),
				cell("Quality Engineer", "high", false, "y")));
		assertThat(MatrixDiff.of(before, after).changes()).extracting(Change::kind)
			.containsExactly(Kind.CELL_ADDED, Kind.CELL_ADDED, Kind.CELL_REMOVED, Kind.CELL_REMOVED);
	}

	@Test
	void aSkillMovedToAnotherDomainAndCategoryLogsBoth() {
		Matrix.Skill was = skill("a", "S", cell("Role", "low", false, "x"));
		Matrix.Skill moved = new Matrix.Skill(was.slug(), was.name(), "Other domain", "Other category", was.summary(),
				was.lastUpdated(), was.cells(), "test", 0);
		MatrixDiff diff = MatrixDiff.of(matrix(was), matrix(moved));
		assertThat(diff.changes()).extracting(Change::kind, Change::field, Change::before, Change::after)
			.containsExactly(tuple(Kind.FIELD, Field.DOMAIN, "Domain", "Other domain"),
					tuple(Kind.FIELD, Field.CATEGORY, "Category", "Other category"));
	}

	@Test
	void aLevelRenamedToANewSlugAtTheSameRankIsOneLineNotItsCellsRemovedAndAdded() {
		Matrix before = matrix(skill("a", "S", cell("Role", "low", false, "x"), cell("Other", "low", true, "y"),
				cell("Role", "high", false, "z")), skill("b", "S", cell("Role", "high", false, "w")));
		Matrix after = new Matrix(List.of(new Matrix.Level("basic", "Basic"), new Matrix.Level("high", "High")),
				List.of(skill("a", "S", cell("Role", "basic", false, "x"), cell("Other", "basic", true, "y"),
						cell("Role", "high", false, "z")), skill("b", "S", cell("Role", "high", false, "w"))));
		MatrixDiff diff = MatrixDiff.of(before, after);
		assertThat(diff.changes()).extracting(Change::skill, Change::kind, Change::level, Change::levelSlug,
				Change::before, Change::after)
			.containsExactly(tuple("a", Kind.LEVEL_RENAMED, "Basic", "basic", "Low", "Basic"));
		assertThat(diff.skills()).singleElement().satisfies((skill) -> {
			assertThat(skill.added()).hasSize(2);
			assertThat(skill.removed()).hasSize(2);
		});
	}

	@Test
	void aLevelUnderANewSlugWhoseCellsDifferIsItsCellsRemovedAndAdded() {
		Matrix before = matrix(skill("a", "S", cell("Role", "low", false, "x"), cell("Other", "low", true, "y")));
		Matrix after = new Matrix(List.of(new Matrix.Level("basic", "Basic"), new Matrix.Level("high", "High")),
				List.of(skill("a", "S", cell("Role", "basic", false, "x"), cell("Other", "basic", false, "y"))));
		assertThat(MatrixDiff.of(before, after).changes()).extracting(Change::kind, Change::level)
			.containsExactly(tuple(Kind.CELL_ADDED, "Basic"), tuple(Kind.CELL_ADDED, "Basic"),
					tuple(Kind.CELL_REMOVED, "Low"), tuple(Kind.CELL_REMOVED, "Low"));
	}

	@Test
	void aLevelUnderANewSlugAtAnotherRankIsNoRename() {
		Matrix before = matrix(skill("a", "S", cell("Role", "low", false, "x")));
		Matrix after = new Matrix(List.of(new Matrix.Level("high", "High"), new Matrix.Level("basic", "Basic")),
				List.of(skill("a", "S", cell("Role", "basic", false, "x"))));
		assertThat(MatrixDiff.of(before, after).changes()).extracting(Change::kind, Change::level)
			.containsExactly(tuple(Kind.CELL_ADDED, "Basic"), tuple(Kind.CELL_REMOVED, "Low"));
	}

	@Test
	void aRoleAndALevelRenamedToNewSlugsTogetherAreTwoLines() {
		Matrix before = matrix(skill("a", "S", cell("Tester", "low", false, "x"), cell("Tester", "high", true, "y"),
				cell("Kept", "low", false, "z")));
		Matrix after = new Matrix(List.of(new Matrix.Level("basic", "Basic"), new Matrix.Level("high", "High")),
				List.of(skill("a", "S", cell("Quality Engineer", "basic", false, "x"),
						cell("Quality Engineer", "high", true, "y"), cell("Kept", "basic", false, "z"))));
		assertThat(MatrixDiff.of(before, after).changes()).extracting(Change::kind, Change::before, Change::after)
			.containsExactly(tuple(Kind.ROLE_RENAMED, "Tester", "Quality Engineer"),
					tuple(Kind.LEVEL_RENAMED, "Low", "Basic"));
	}

	@Test
	void levelsThatSwapPlacesAreEachMovedInEachSkillWithCellsAtThem() {
		List<Matrix.Level> three = List.of(new Matrix.Level("low", "Low"), new Matrix.Level("mid", "Mid"),
				new Matrix.Level("high", "High"));
		List<Matrix.Skill> skills = List.of(skill("a", "S", cell("Role", "low", false, "x"),
				cell("Role", "mid", false, "y"), cell("Role", "high", false, "z")),
				skill("b", "S", cell("Role", "high", false, "w")), skill("c", "S", cell("Role", "low", false, "v")));
		Matrix before = new Matrix(three, skills);
		Matrix after = new Matrix(List.of(three.get(0), three.get(2), three.get(1)), skills);
		MatrixDiff diff = MatrixDiff.of(before, after);
		assertThat(diff.empty()).isTrue();
		assertThat(diff.changes()).extracting(Change::skill, Change::kind, Change::level, Change::levelSlug,
				Change::before, Change::after)
			.containsExactly(tuple("a", Kind.LEVEL_MOVED, "High", "high", "3", "2"),
					tuple("a", Kind.LEVEL_MOVED, "Mid", "mid", "2", "3"),
					tuple("b", Kind.LEVEL_MOVED, "High", "high", "3", "2"));
	}

	@Test
	void aLevelAddedOrRemovedMovesNoOtherThoughTheRanksAfterItShift() {
		Matrix before = matrix(skill("a", "S", cell("Role", "low", false, "x"), cell("Role", "high", false, "y")));
		Matrix added = new Matrix(List.of(new Matrix.Level("low", "Low"), new Matrix.Level("mid", "Mid"),
				new Matrix.Level("high", "High")), before.skills());
		assertThat(MatrixDiff.of(before, added).changes()).isEmpty();
		assertThat(MatrixDiff.of(added, before).changes()).isEmpty();
	}

	@Test
	void aLevelRenamedAndMovedUnderItsSlugIsTwoLines() {
		Matrix before = matrix(skill("a", "S", cell("Role", "low", false, "x"), cell("Role", "high", false, "y")));
		Matrix after = new Matrix(List.of(new Matrix.Level("high", "Top"), new Matrix.Level("low", "Low")),
				before.skills());
		assertThat(MatrixDiff.of(before, after).changes()).extracting(Change::kind, Change::levelSlug,
				Change::before, Change::after)
			.containsExactly(tuple(Kind.LEVEL_RENAMED, "high", "High", "Top"),
					tuple(Kind.LEVEL_MOVED, "high", "2", "1"), tuple(Kind.LEVEL_MOVED, "low", "1", "2"));
	}

	private static Matrix matrix(Matrix.Skill... skills) {
		return new Matrix(LEVELS, List.of(skills));
	}

	private static Matrix.Skill skill(String slug, String summary, Matrix.Cell... cells) {
		Map<String, Integer> positions = new HashMap<>();
		List<Matrix.Cell> numbered = List.of(cells)
			.stream()
			.map((cell) -> new Matrix.Cell(cell.role(), cell.level(), positions.merge(cell.level(), 1, Integer::sum),
					cell.required(), cell.description(), 0))
			.toList();
		return new Matrix.Skill(slug, slug.toUpperCase(), "Domain", "Category", summary, LocalDate.of(2026, 1, 2),
				numbered, "test", 0);
	}

	private static Matrix.Cell cell(String role, String level, boolean required, String description) {
		return new Matrix.Cell(role, level, 0, required, description, 0);
	}

}

package com.skillmatrix.api;

import java.util.List;

import com.skillmatrix.RoleSteps;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.WebTest;
import com.skillmatrix.loading.Matrix;
import com.skillmatrix.matrix.Slugs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON twin of what to cover to advance across a role: the same steps as the page, every skill in which either end
 * has a cell with both cells exactly as the data folder writes them ({@link RoleSteps}), by slug.
 */
@WebTest
class RoleAdvanceApiTests {

	private static final String ROLE = RoleSteps.roleWithMostSkills();

	@Autowired
	private MockMvcTester mvc;

	@Test
	void everySkillOfEachStepToTheNextLevelWithBothCells() {
		List<Matrix.Level> starts = RoleSteps.startingLevels().map(TestMatrix::level).toList();
		assertThat(starts).isNotEmpty();
		for (Matrix.Level from : starts) {
			JsonNode answer = json(api("?from=" + from.slug()));
			assertThat(answer.propertyNames()).containsExactly("from", "to", "toRole", "skills");
			assertThat(answer.get("from").asString()).isEqualTo(from.slug());
			assertThat(answer.get("to").asString()).isEqualTo(TestMatrix.next(from).slug());
			assertThat(answer.get("toRole").asString()).isEqualTo(Slugs.of(ROLE));
			RoleSteps expected = RoleSteps.of(ROLE, from, TestMatrix.next(from));
			assertThat(expected.steps()).as("the skills of " + ROLE + " at " + from.name() + " or the next level")
				.isNotEmpty();
			assertSteps(answer, expected);
		}
	}

	@Test
	void anyHigherLevelRequiredOnlyAndSwitchingTracksTakeThePagesParameters() {
		Matrix.Level first = TestMatrix.first();
		Matrix.Level top = TestMatrix.last();
		JsonNode jump = json(api("?from=" + first.slug() + "&to=" + top.slug()));
		assertThat(jump.get("to").asString()).isEqualTo(top.slug());
		assertSteps(jump, RoleSteps.of(ROLE, first, top));

		Matrix.Level next = TestMatrix.next(first);
		assertSteps(json(api("?from=" + first.slug() + "&required=only")), RoleSteps.of(ROLE, first, next).required());

		String other = RoleSteps.otherRole();
		Matrix.Level middle = TestMatrix.middle();
		JsonNode switching = json(api("?from=" + first.slug() + "&to-role=" + Slugs.of(other) + "&to-level="
				+ middle.slug()));
		assertThat(switching.get("from").asString()).isEqualTo(first.slug());
		assertThat(switching.get("to").asString()).isEqualTo(middle.slug());
		assertThat(switching.get("toRole").asString()).isEqualTo(Slugs.of(other));
		assertSteps(switching, RoleSteps.of(ROLE, first, other, middle));
	}

	@Test
	void fromTheTopLevelNothingIsAbove() {
		JsonNode answer = json(api("?from=" + TestMatrix.last().slug()));
		assertThat(answer.get("from").asString()).isEqualTo(TestMatrix.last().slug());
		assertThat(answer.get("to").isNull()).isTrue();
		assertThat(answer.get("toRole").asString()).isEqualTo(Slugs.of(ROLE));
		assertThat(answer.get("skills").isEmpty()).isTrue();
	}

	@Test
	void aBadParameterIsAProblemAndAnUnknownRoleIsNotFound() {
		String first = TestMatrix.first().slug();
		String noLevel = TestMatrix.absentSlug("no-such-level");
		ApiTests.assertProblem(this.mvc.get().uri(api("")).exchange(), 400,
				"Choose a level for “from”: one of " + String.join(", ", TestMatrix.levelNames()) + ".");
		ApiTests.assertProblem(this.mvc.get().uri(api("?from=" + noLevel)).exchange(), 400, null);
		ApiTests.assertProblem(this.mvc.get().uri(api("?from=" + TestMatrix.last().slug() + "&to=" + first)).exchange(),
				400, null);
		ApiTests.assertProblem(this.mvc.get().uri(api("?from=" + first + "&to-role=" + Slugs.of(ROLE))).exchange(), 400,
				"“to-role” needs “to-level”: switching tracks names both the other role and its level.");
		ApiTests.assertProblem(this.mvc.get()
			.uri(api("?from=" + first + "&to-role=" + TestMatrix.absentSlug("no-such-role") + "&to-level=" + first))
			.exchange(), 400, null);
		ApiTests.assertProblem(this.mvc.get().uri(api("?from=" + first + "&required=yes")).exchange(), 400, null);
		String absent = TestMatrix.absentSlug("no-such-role");
		ApiTests.assertProblem(this.mvc.get().uri("/api/v1/roles/" + absent + "/advance?from=" + first).exchange(), 404,
				"There is no role called “" + absent + "”.");
	}

	/** The answer's skills against the steps: slug, change, both cells and whether the cell becomes required. */
	private static void assertSteps(JsonNode answer, RoleSteps expected) {
		List<JsonNode> skills = answer.get("skills").values().stream().toList();
		assertThat(skills).extracting((skill) -> skill.get("skill").asString())
			.isEqualTo(expected.steps().stream().map((step) -> step.skill().slug()).toList());
		for (int i = 0; i < skills.size(); i++) {
			JsonNode skill = skills.get(i);
			RoleSteps.Step step = expected.steps().get(i);
			assertThat(skill.propertyNames()).containsExactly("skill", "change", "from", "to", "becomesRequired");
			assertThat(skill.get("change").asString()).as(step.skill().slug()).isEqualTo(step.change());
			assertThat(skill.get("becomesRequired").asBoolean()).as(step.skill().slug()).isEqualTo(step.becomesRequired());
			assertCell(skill.get("from"), step.current());
			assertCell(skill.get("to"), step.next());
		}
	}

	private static void assertCell(JsonNode cell, Matrix.Cell expected) {
		if (expected == null) {
			assertThat(cell.isNull()).isTrue();
			return;
		}
		assertThat(cell.propertyNames()).containsExactly("required", "description");
		assertThat(cell.get("required").asBoolean()).isEqualTo(expected.required());
		assertThat(cell.get("description").asString()).isEqualTo(expected.description());
	}

	/** The JSON twin's address for the role with the most skills, with a query. */
	private static String api(String query) {
		return "/api/v1/roles/" + Slugs.of(ROLE) + "/advance" + query;
	}

	private JsonNode json(String uri) {
		MvcTestResult result = this.mvc.get().uri(uri).exchange();
		assertThat(result).as(uri).hasStatus(200);
		assertThat(result.getResponse().getContentType()).startsWith("application/json");
		return JsonMapper.shared().readTree(result.getResponse().getContentAsByteArray());
	}

}

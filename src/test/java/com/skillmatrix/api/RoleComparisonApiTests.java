package com.skillmatrix.api;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import com.skillmatrix.ComparedRoles;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.WebTest;
import com.skillmatrix.loading.Matrix;
import com.skillmatrix.matrix.Slugs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The comparison of roles across the matrix as JSON, /api/v1/roles/compare: the fields SPEC section 3 names, each
 * worked out from the data folder ({@link ComparedRoles}), the same filters as the page, and problems for the same
 * bad parameters.
 */
@WebTest
class RoleComparisonApiTests {

	private static final String API = "/api/v1/roles/compare";

	private static final ComparedRoles.Choice PAIR = ComparedRoles.richestPair();

	@Autowired
	private MockMvcTester mvc;

	@Test
	void everySkillWithEveryRolesCellOrNullAndWhetherTheyDiffer() {
		assertThat(ComparedRoles.rows(PAIR.roles(), PAIR.level())).isNotEmpty();
		assertComparison(PAIR.roles(), PAIR.level(), "", (row) -> true);
	}

	@Test
	void sixRolesAtEveryLevel() {
		List<String> six = ComparedRoles.mostSkills(6);
		assumeTrue(six.size() == 6, "the matrix has fewer than 6 roles");
		for (Matrix.Level level : TestMatrix.levels()) {
			assertComparison(six, level.slug(), "", (row) -> true);
		}
	}

	@Test
	void theFiltersAreThePages() {
		assertComparison(PAIR.roles(), PAIR.level(), "&differences=only", ComparedRoles.Row::differs);
		assertComparison(PAIR.roles(), PAIR.level(), "&required=only", ComparedRoles.Row::anyRequired);
		assertComparison(PAIR.roles(), PAIR.level(), "&differences=only&required=only",
				(row) -> row.differs() && row.anyRequired());
	}

	@Test
	void badParametersAreProblems() {
		String role = Slugs.of(PAIR.roles().get(0));
		String level = "&level=" + PAIR.level();
		ApiTests.assertProblem(get(API + "?roles=" + role + level), 400,
				"Choose at least 2 roles to compare: this choice has 1.");
		ApiTests.assertProblem(get(API + "?level=" + PAIR.level()), 400,
				"Choose at least 2 roles to compare: this choice has 0.");
		List<String> seven = ComparedRoles.mostSkills(7);
		if (seven.size() == 7) {
			ApiTests.assertProblem(get(ComparedRoles.uri(API, seven, PAIR.level())), 400,
					"Choose at most 6 roles to compare: this choice has 7.");
		}
		String unknown = TestMatrix.absentSlug("no-such-role");
		ApiTests.assertProblem(get(API + "?roles=" + role + "&roles=" + unknown + level), 400,
				"“" + unknown + "” is not a role of the matrix.");
		ApiTests.assertProblem(get(API + "?roles=" + role + "&roles=" + role + level), 400,
				PAIR.roles().get(0) + " is chosen more than once.");
		String levels = String.join(", ", TestMatrix.levelNames());
		ApiTests.assertProblem(get(API), 400, "Choose a level for “level”: one of " + levels + ".");
		ApiTests.assertProblem(get(ComparedRoles.uri(API, PAIR.roles(), null)), 400,
				"Choose a level for “level”: one of " + levels + ".");
		ApiTests.assertProblem(get(ComparedRoles.uri(API, PAIR.roles(), TestMatrix.absentSlug("no-such-level"))), 400,
				"“" + TestMatrix.absentSlug("no-such-level") + "” is not a level. Choose a level for “level”: one of "
						+ levels + ".");
		ApiTests.assertProblem(get(ComparedRoles.uri(API, PAIR.roles(), PAIR.level(), "differences=all")), 400,
				"“differences” takes one value, “only”, to show only the skills where the roles differ.");
		ApiTests.assertProblem(get(ComparedRoles.uri(API, PAIR.roles(), PAIR.level(), "required=yes")), 400,
				"“required” takes one value, “only”, to show required expectations only.");
	}

	@Test
	void theComparisonIsInTheApisDocument() {
		JsonNode document = ApiTests.json(this.mvc, "/api/v1/openapi.json");
		JsonNode operation = document.get("paths").get(API).get("get");
		Set<String> parameters = new TreeSet<>();
		operation.get("parameters").values().forEach((parameter) -> parameters.add(parameter.get("name").asString()));
		assertThat(parameters).containsExactly("differences", "level", "required", "roles");
		assertThat(operation.get("responses").has("400")).isTrue();
	}

	private void assertComparison(List<String> roles, String level, String filters,
			Predicate<ComparedRoles.Row> kept) {
		List<ComparedRoles.Row> rows = ComparedRoles.rows(roles, level).stream().filter(kept).toList();
		JsonNode comparison = ApiTests.json(this.mvc, ComparedRoles.uri(API, roles, level) + filters);
		assertThat(comparison.propertyNames()).containsExactlyInAnyOrder("level", "roles", "skills");
		assertThat(comparison.get("level").asString()).isEqualTo(level);
		assertThat(comparison.get("roles").values().stream().map(JsonNode::asString).toList())
			.isEqualTo(roles.stream().map(Slugs::of).toList());
		List<JsonNode> skills = comparison.get("skills").values().stream().toList();
		assertThat(skills.stream().map((skill) -> skill.get("skill").asString()).toList())
			.isEqualTo(rows.stream().map((row) -> row.skill().slug()).toList());
		for (int index = 0; index < rows.size(); index++) {
			ComparedRoles.Row row = rows.get(index);
			JsonNode skill = skills.get(index);
			assertThat(skill.propertyNames()).containsExactlyInAnyOrder("skill", "cells", "differs");
			assertThat(skill.get("differs").asBoolean()).as(row.skill().slug()).isEqualTo(row.differs());
			JsonNode cells = skill.get("cells");
			assertThat(cells.propertyNames()).containsExactlyElementsOf(roles.stream().map(Slugs::of).toList());
			for (int column = 0; column < roles.size(); column++) {
				Matrix.Cell expected = row.cells().get(column);
				JsonNode cell = cells.get(Slugs.of(roles.get(column)));
				if (expected == null) {
					assertThat(cell.isNull()).as(row.skill().slug() + " " + roles.get(column)).isTrue();
					continue;
				}
				assertThat(cell.propertyNames()).containsExactlyInAnyOrder("required", "description");
				assertThat(cell.get("required").asBoolean()).isEqualTo(expected.required());
				assertThat(cell.get("description").asString()).isEqualTo(expected.description());
			}
		}
	}

	private MvcTestResult get(String uri) {
		return this.mvc.get().uri(uri).exchange();
	}

}

package com.skillmatrix.api;

import java.io.UnsupportedEncodingException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.skillmatrix.DataFiles;
import com.skillmatrix.Pages;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.loading.Matrix;
import com.skillmatrix.WebTest;
import com.skillmatrix.matrix.Slugs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON API gives exactly what the data folder's files say, compared with the files' own text
 * ({@link DataFiles}); every resource names its own address and its page's, and both answer.
 */
@WebTest
class ApiTests {

	private static final String ORIGIN = "http://localhost";

	@Autowired
	private MockMvcTester mvc;

	@ParameterizedTest
	@MethodSource("com.skillmatrix.TestMatrix#skillSlugs")
	void aSkillIsItsFileHeaderFiguresAndEveryCellExactly(String slug) {
		DataFiles.Skill file = DataFiles.skill(slug);
		List<DataFiles.Cell> cells = DataFiles.cells(slug);
		JsonNode skill = json("/api/v1/skills/" + slug);
		assertThat(List.of(text(skill, "slug"), text(skill, "name"), text(skill, "domain"), text(skill, "category"),
				text(skill, "summary"), text(skill, "lastUpdated")))
			.containsExactly(slug, file.name(), file.domain(), file.category(), file.summary(),
					file.lastUpdated().toString());
		long required = cells.stream().filter(DataFiles.Cell::required).count();
		JsonNode figures = skill.get("figures");
		assertThat(List.of(figures.get("roles").asLong(), figures.get("levels").asLong(),
				figures.get("mandatory").asLong(), figures.get("optional").asLong()))
			.containsExactly(cells.stream().map(DataFiles.Cell::role).distinct().count(),
					cells.stream().map(DataFiles.Cell::level).distinct().count(), required,
					cells.size() - required);
		assertThat(values(skill.get("levels"), (level) -> text(level, "slug") + " " + text(level, "name")))
			.isEqualTo(DataFiles.levels().stream().map((level) -> level.slug() + " " + level.name()).toList());

		Map<String, String> roleNames = new HashMap<>();
		skill.get("roles").values().forEach((role) -> roleNames.put(text(role, "slug"), text(role, "name")));
		assertThat(roleNames.values()).containsExactlyInAnyOrderElementsOf(
				cells.stream().map(DataFiles.Cell::role).distinct().toList());
		roleNames.forEach((roleSlug, name) -> assertThat(roleSlug).isEqualTo(Slugs.of(name)));
		assertThat(values(skill.get("cells"), (cell) -> String.join(" | ", DataFiles.levelName(text(cell, "level")),
				roleNames.get(text(cell, "role")), String.valueOf(cell.get("required").booleanValue()),
				text(cell, "description"))))
			.isEqualTo(cells.stream()
				.map((cell) -> String.join(" | ", cell.level(), cell.role(), String.valueOf(cell.required()),
						cell.description()))
				.toList());
	}

	@Test
	void theSkillListPagesThroughEverySkillInThePagesOrder() {
		List<String> expected = DataFiles.skillsInPageOrder().stream().map(DataFiles.Skill::slug).toList();
		JsonNode all = json("/api/v1/skills");
		assertThat(values(all.get("items"), (item) -> text(item, "slug"))).isEqualTo(expected);
		assertThat(all.get("totalItems").asInt()).isEqualTo(expected.size());

		List<String> paged = new ArrayList<>();
		String next = ORIGIN + "/api/v1/skills?page=1&size=1";
		while (next != null) {
			JsonNode page = json(next.substring(ORIGIN.length()));
			assertThat(text(page, "url")).isEqualTo(next);
			assertThat(page.get("items")).hasSize(1);
			assertThat(page.get("totalPages").asInt()).isEqualTo(expected.size());
			paged.add(text(page.get("items").get(0), "slug"));
			next = page.get("next").isNull() ? null : text(page, "next");
		}
		assertThat(paged).isEqualTo(expected);
	}

	@Test
	void theRoleListIsEveryRoleByNameWithItsSkills() {
		JsonNode roles = json("/api/v1/roles");
		assertThat(values(roles.get("items"), (role) -> text(role, "name") + " " + role.get("skills").asLong()))
			.isEqualTo(TestMatrix.roles().stream().map((role) -> role + " " + TestMatrix.skillsOf(role).size()).toList());
		assertThat(text(roles, "htmlUrl")).as("the page of every role").isEqualTo(ORIGIN + "/roles");
	}

	@Test
	void aRoleIsEverySkillWithItsCellsAndItsCountsByLevel() {
		assertThat(TestMatrix.roles()).isNotEmpty();
		for (String role : TestMatrix.roles()) {
			JsonNode resource = json("/api/v1/roles/" + Slugs.of(role));
			assertThat(text(resource, "name")).isEqualTo(role);
			List<String> expected = new ArrayList<>();
			List<DataFiles.Cell> cells = new ArrayList<>();
			for (DataFiles.Skill skill : DataFiles.skillsInPageOrder()) {
				DataFiles.cells(skill.slug()).stream().filter((cell) -> cell.role().equals(role)).forEach((cell) -> {
					cells.add(cell);
					expected.add(String.join(" | ", skill.slug(), skill.name(), skill.domain(), skill.category(),
							cell.level(), String.valueOf(cell.required()), cell.description()));
				});
			}
			List<String> given = new ArrayList<>();
			resource.get("skills").values().forEach((skill) -> skill.get("cells").values()
				.forEach((cell) -> given.add(String.join(" | ", text(skill, "slug"), text(skill, "name"),
						text(skill, "domain"), text(skill, "category"), DataFiles.levelName(text(cell, "level")),
						String.valueOf(cell.get("required").booleanValue()), text(cell, "description")))));
			assertThat(given).as(role).isEqualTo(expected);
			assertThat(values(resource.get("levels"), (level) -> text(level, "name") + " "
					+ level.get("mandatory").asLong() + " " + level.get("optional").asLong()))
				.as(role)
				.isEqualTo(DataFiles.levelNames().stream().map((level) -> {
					List<DataFiles.Cell> atLevel = cells.stream().filter((cell) -> cell.level().equals(level)).toList();
					long required = atLevel.stream().filter(DataFiles.Cell::required).count();
					return level + " " + required + " " + (atLevel.size() - required);
				}).toList());
		}
	}

	@Test
	void theLevelsAreThoseOfTheFolderInOrder() {
		assertThat(values(json("/api/v1/levels").get("items"), (level) -> text(level, "slug") + " " + text(level, "name")))
			.isEqualTo(DataFiles.levels().stream().map((level) -> level.slug() + " " + level.name()).toList());
	}

	/** Every url in every resource is a resource that answers, and every htmlUrl a page or a download. */
	@Test
	void everyResourceNamesItsOwnAddressAndItsPage() {
		List<String> resources = new ArrayList<>(List.of("/api/v1/skills", "/api/v1/roles", "/api/v1/levels"));
		List<String> seen = new ArrayList<>();
		while (!resources.isEmpty()) {
			String path = resources.remove(0);
			if (seen.contains(path)) {
				continue;
			}
			seen.add(path);
			JsonNode resource = json(path);
			assertThat(text(resource, "url")).as(path).startsWith(ORIGIN + path);
			for (JsonNode node : nodesWith(resource, "htmlUrl")) {
				assertThat(text(node, "htmlUrl")).startsWith(ORIGIN + "/");
				String page = text(node, "htmlUrl").substring(ORIGIN.length()).replaceAll("#.*", "");
				assertThat(this.mvc.get().uri(page).exchange()).as(page).hasStatus(200);
				if (node.has("url")) {
					resources.add(text(node, "url").substring(ORIGIN.length()));
				}
			}
		}
		assertThat(seen).hasSizeGreaterThan(3 + TestMatrix.skills().size() + TestMatrix.roles().size());
	}

	@Test
	void theSearchFindsWhatThePageFindsAsJson() {
		TestMatrix.Skill skill = TestMatrix.skill();
		Matrix.Cell cell = skill.data().cells().get(0);
		// The first word, after any bullet marker or other character that starts a line of a list.
		String word = Arrays.stream(cell.description().split("[^\\p{L}]+"))
			.filter((part) -> !part.isEmpty())
			.findFirst()
			.orElseThrow();
		JsonNode found = json("/api/v1/search?q=" + word + "&level=" + cell.level() + "&role=" + Slugs.of(cell.role()));
		assertThat(text(found, "q")).isEqualTo(word);
		assertThat(text(found, "url")).isEqualTo(ORIGIN + "/api/v1/search?q=" + word + "&level=" + cell.level()
				+ "&role=" + Slugs.of(cell.role()));
		assertThat(found.get("cells").get("total").asInt()).isPositive();
		assertThat(found.get("cells").get("items")).allSatisfy((item) -> {
			assertThat(text(item, "level")).isEqualTo(cell.level());
			assertThat(text(item, "role")).isEqualTo(Slugs.of(cell.role()));
		});
		assertThat(values(found.get("cells").get("items"), (item) -> text(item, "htmlUrl")))
			.contains(ORIGIN + skill.path() + "/roles/" + Slugs.of(cell.role()) + "#" + cell.level());
		assertThat(json("/api/v1/search").get("total").asInt()).isZero();
		assertProblem(this.mvc.get().uri("/api/v1/search?q=" + "a".repeat(201)).exchange(), 400,
				"The search is 201 characters long: it can be at most 200.");
		assertProblem(this.mvc.get().uri("/api/v1/search?q=x&level=" + TestMatrix.absentSlug("no-such-level")).exchange(), 400, null);
	}

	@Test
	void anUnknownSkillOrRoleIsAProblemNotFound() {
		assertProblem(this.mvc.get().uri("/api/v1/skills/" + TestMatrix.absentSlug()).exchange(), 404,
				"There is no skill called “" + TestMatrix.absentSlug() + "”.");
		assertProblem(this.mvc.get().uri("/api/v1/roles/" + TestMatrix.absentSlug("no-such-role")).exchange(), 404,
				"There is no role called “" + TestMatrix.absentSlug("no-such-role") + "”.");
		assertProblem(this.mvc.get().uri("/api/v1/skills/" + Pages.capitalised(TestMatrix.skill().slug())).exchange(),
				404, null);
		assertProblem(this.mvc.get().uri("/api/v1/nothing").exchange(), 404, null);
	}

	@Test
	void aBadParameterIsAProblemBadRequest() {
		assertProblem(this.mvc.get().uri("/api/v1/skills?page=first").exchange(), 400,
				"“first” is not a page number: give “page” a whole number from 1.");
		assertProblem(this.mvc.get().uri("/api/v1/skills?page=0").exchange(), 400, null);
		assertProblem(this.mvc.get().uri("/api/v1/skills?page=1&page=2").exchange(), 400, null);
		assertProblem(this.mvc.get().uri("/api/v1/skills?size=1000").exchange(), 400,
				"“1000” is not a page size: give “size” a whole number from 1 to 200.");
		int pages = TestMatrix.skills().size();
		assertProblem(this.mvc.get().uri("/api/v1/skills?size=1&page=" + (pages + 1)).exchange(), 404,
				"There is no page " + (pages + 1) + ": the list has " + pages + ((pages == 1) ? " page." : " pages."));
	}

	@Test
	void otherMethodsThanGetAndHeadAreAProblemNotAllowed() {
		for (MvcTestResult result : List.of(this.mvc.post().uri("/api/v1/skills").exchange(),
				this.mvc.delete().uri("/api/v1/roles").exchange(),
				this.mvc.put().uri("/api/v1/skills/" + TestMatrix.skill().slug()).exchange())) {
			assertProblem(result, 405, "The API is read-only: it answers GET and HEAD requests.");
			assertThat(result.getResponse().getHeader("Allow")).contains("GET");
		}
		assertThat(this.mvc.head().uri("/api/v1/levels").exchange()).hasStatus(200);
	}

	@Test
	void aClientThatRefusesJsonGetsAProblemNotAcceptable() {
		assertProblem(this.mvc.get().uri("/api/v1/levels").accept("text/html").exchange(), 406, null);
		assertProblem(this.mvc.get().uri("/api/v1/skills/" + TestMatrix.absentSlug()).accept("application/xml").exchange(),
				406,
				null);
	}

	@Test
	void theApiSetsNoCookieAndMakesNoSession() {
		MvcTestResult result = this.mvc.get().uri("/api/v1/skills/" + TestMatrix.skill().slug()).exchange();
		assertThat(result).hasStatus(200);
		assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
		assertThat(result.getRequest().getSession(false)).isNull();
	}

	/** A problem in JSON (RFC 9457): the status, its reason as the title, the detail and the address asked for. */
	static void assertProblem(MvcTestResult result, int status, String detail) {
		assertThat(result).hasStatus(status);
		assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
		JsonNode problem = JsonMapper.shared().readTree(body(result));
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(text(problem, "title")).isNotBlank();
		assertThat(text(problem, "instance")).isEqualTo(result.getRequest().getRequestURI());
		if (detail != null) {
			assertThat(text(problem, "detail")).isEqualTo(detail);
		}
		else {
			assertThat(text(problem, "detail")).isNotBlank();
		}
		assertThat(body(result)).doesNotContainIgnoringCase("exception").doesNotContain("at com.", "at org.");
	}

	private JsonNode json(String path) {
		return json(this.mvc, path);
	}

	/** A resource that must answer 200 with JSON, parsed. */
	static JsonNode json(MockMvcTester mvc, String path) {
		MvcTestResult result = mvc.get().uri(path).exchange();
		assertThat(result).as(path).hasStatus(200);
		assertThat(result.getResponse().getContentType()).as(path).startsWith("application/json");
		return JsonMapper.shared().readTree(body(result));
	}

	static String body(MvcTestResult result) {
		try {
			return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		}
		catch (UnsupportedEncodingException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String text(JsonNode node, String field) {
		return Objects.requireNonNull(node.get(field), field).asString();
	}

	private static List<String> values(JsonNode array, Function<JsonNode, String> value) {
		return array.values().stream().map(value).toList();
	}

	/** Every object in a resource that has the field, the resource itself included. */
	private static List<JsonNode> nodesWith(JsonNode node, String field) {
		List<JsonNode> found = new ArrayList<>();
		if (node.isObject() && node.has(field)) {
			found.add(node);
		}
		node.values().forEach((child) -> found.addAll(nodesWith(child, field)));
		return found;
	}

}

package com.skillmatrix.api;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.skillmatrix.ComparedRoles;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.WebTest;
import com.skillmatrix.matrix.Slugs;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document describes the API as the application maps it: every path, and what each answers. */
@WebTest
class ApiDocumentTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void isAnOpenApi31DocumentThatListsEveryPathOfTheApi() throws Exception {
		JsonNode document = document();
		assertThat(document.get("openapi").asString()).startsWith("3.1.");
		Set<String> mapped = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((mapping, method) -> {
			if (method.getBeanType().getPackageName().startsWith("com.skillmatrix")) {
				mapping.getPatternValues()
					.stream()
					.filter((pattern) -> pattern.startsWith(ApiLinks.BASE + "/"))
					.forEach(mapped::add);
			}
		});
		assertThat(mapped).contains("/api/v1/skills", "/api/v1/skills/{skill}", "/api/v1/roles", "/api/v1/roles/{role}",
				"/api/v1/levels", "/api/v1/roles/compare", "/api/v1/roles/{role}/advance");
		assertThat(new TreeSet<>(document.get("paths").propertyNames())).isEqualTo(mapped);
	}

	@Test
	void everyOperationSaysWhatItAnswersAndWhichProblems() throws Exception {
		JsonNode paths = document().get("paths");
		assertThat(paths.propertyNames()).as("the document's paths").isNotEmpty();
		for (String path : paths.propertyNames()) {
			JsonNode get = paths.get(path).get("get");
			assertThat(get).as(path).isNotNull();
			JsonNode responses = get.get("responses");
			assertThat(responses.get("200").get("content").get("application/json").get("schema").get("$ref").asString())
				.as(path)
				.startsWith("#/components/schemas/");
			assertThat(responses.has("304")).as(path).isTrue();
			for (String problem : path.contains("{") ? List.of("404", "406", "500") : List.of("406", "500")) {
				assertThat(responses.get(problem).get("content").has("application/problem+json")).as(path + " " + problem)
					.isTrue();
			}
		}
	}

	/** What each path answers has exactly the fields its schema names, at every depth. */
	@Test
	void everyAnswerHasTheFieldsOfItsSchema() throws Exception {
		JsonNode document = document();
		JsonNode paths = document.get("paths");
		assertThat(paths.propertyNames()).as("the document's paths").isNotEmpty();
		// Each list of every answer, with how many items of it were checked against its schema: none would check none.
		Map<String, Integer> lists = new TreeMap<>();
		for (String path : paths.propertyNames()) {
			String address = path.replace("{skill}", TestMatrix.skill().slug())
				.replace("{role}", Slugs.of(TestMatrix.skill().mainRole()));
			for (String uri : withQueries(address)) {
				MvcTestResult result = this.mvc.get().uri(uri).exchange();
				assertThat(result).as(uri).hasStatus(200);
				JsonNode answer = JsonMapper.shared().readTree(result.getResponse().getContentAsString());
				JsonNode schema = paths.get(path).get("get").get("responses").get("200").get("content")
					.get("application/json").get("schema");
				assertMatches(document, schema, answer, path, lists);
			}
		}
		assertThat(lists).as("the lists of the answers").isNotEmpty();
		assertThat(lists).allSatisfy((where, items) -> assertThat(items).as(where + ": items checked").isPositive());
	}

	/**
	 * The addresses that fill an answer's lists: a search for a word of the main skill's name, for a word of its main
	 * role's and for a word of them misspelt, so that its hits and its suggestions are all checked; a comparison of
	 * the six roles with the most skills at the middle level; other paths as they are.
	 */
	private static List<String> withQueries(String address) {
		if (address.endsWith("/roles/compare")) {
			return List.of(ComparedRoles.uri(address, ComparedRoles.mostSkills(6), TestMatrix.middle().slug()));
		}
		if (address.endsWith("/advance")) {
			// From the lowest level to the next, and switching tracks to every other role: every kind of step.
			String from = "?from=" + TestMatrix.first().slug();
			return Stream.concat(Stream.of(address + from), TestMatrix.roles()
				.stream()
				.map((role) -> address + from + "&to-role=" + Slugs.of(role) + "&to-level=" + TestMatrix.last().slug()))
				.toList();
		}
		if (!address.endsWith("/search")) {
			return List.of(address);
		}
		String skill = longestWord(TestMatrix.skill().name());
		String role = longestWord(TestMatrix.skill().mainRole());
		assertThat(skill).as("a word of the skill's name to misspell").hasSizeGreaterThanOrEqualTo(5);
		String misspelt = skill.substring(0, 2) + "qq" + skill.substring(4);
		return List.of(address + "?q=" + skill, address + "?q=" + role, address + "?q=" + misspelt);
	}

	private static String longestWord(String text) {
		return Arrays.stream(text.split("[^\\p{L}\\p{Nd}]+")).max(Comparator.comparingInt(String::length)).orElseThrow();
	}

	private static void assertMatches(JsonNode document, JsonNode schema, JsonNode value, String where,
			Map<String, Integer> lists) {
		if (schema.has("oneOf")) {
			List<JsonNode> options = schema.get("oneOf").values().stream().toList();
			JsonNode option = options.stream()
				.filter((each) -> value.isNull() == "null".equals(each.path("type").asString()))
				.findFirst()
				.orElse(null);
			assertThat(option).as(where + ": one of " + options + " for " + value).isNotNull();
			assertMatches(document, option, value, where, lists);
		}
		else if (schema.has("$ref")) {
			String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
			assertMatches(document, document.get("components").get("schemas").get(name), value, where, lists);
		}
		else if (schema.has("properties")) {
			assertThat(new TreeSet<>(value.propertyNames())).as(where)
				.isEqualTo(new TreeSet<>(schema.get("properties").propertyNames()));
			for (String field : schema.get("properties").propertyNames()) {
				assertMatches(document, schema.get("properties").get(field), value.get(field), where + "." + field,
						lists);
			}
		}
		else if (schema.has("items")) {
			lists.merge(where, 0, Integer::sum);
			for (JsonNode item : value.values()) {
				lists.merge(where, 1, Integer::sum);
				assertMatches(document, schema.get("items"), item, where + "[]", lists);
			}
		}
	}

	private JsonNode document() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/api/v1/openapi.json").exchange();
		assertThat(result).hasStatus(200);
		assertThat(result.getResponse().getContentType()).startsWith("application/json");
		return JsonMapper.shared().readTree(result.getResponse().getContentAsString());
	}

}

package com.skillmatrix.api;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

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
				"/api/v1/levels");
		assertThat(new TreeSet<>(document.get("paths").propertyNames())).isEqualTo(mapped);
	}

	@Test
	void everyOperationSaysWhatItAnswersAndWhichProblems() throws Exception {
		JsonNode paths = document().get("paths");
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
		for (String path : paths.propertyNames()) {
			String uri = path.replace("{skill}", TestMatrix.skill().slug())
				.replace("{role}", Slugs.of(TestMatrix.skill().mainRole()));
			MvcTestResult result = this.mvc.get().uri(uri).exchange();
			assertThat(result).as(uri).hasStatus(200);
			JsonNode answer = JsonMapper.shared().readTree(result.getResponse().getContentAsString());
			JsonNode schema = paths.get(path).get("get").get("responses").get("200").get("content")
				.get("application/json").get("schema");
			assertMatches(document, schema, answer, uri);
		}
	}

	private static void assertMatches(JsonNode document, JsonNode schema, JsonNode value, String where) {
		if (schema.has("$ref")) {
			String name = schema.get("$ref").asString().substring("#/components/schemas/".length());
			assertMatches(document, document.get("components").get("schemas").get(name), value, where);
		}
		else if (schema.has("properties")) {
			assertThat(new TreeSet<>(value.propertyNames())).as(where)
				.isEqualTo(new TreeSet<>(schema.get("properties").propertyNames()));
			for (String field : schema.get("properties").propertyNames()) {
				assertMatches(document, schema.get("properties").get(field), value.get(field), where + "." + field);
			}
		}
		else if (schema.has("items")) {
			for (JsonNode item : value.values()) {
				assertMatches(document, schema.get("items"), item, where + "[]");
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

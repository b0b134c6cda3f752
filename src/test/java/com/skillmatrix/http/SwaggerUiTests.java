package com.skillmatrix.http;

import java.util.ArrayList;
import java.util.List;

import com.skillmatrix.WebTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI browses the API's OpenAPI document from files in the jar, under the same Content-Security-Policy as
 * every page of the site, and the site's filters leave its files as the resource handler serves them.
 */
@WebTest
class SwaggerUiTests {

	private static final String DOCS = "/api/v1/docs";

	private static final String UI = "/api/v1/swagger-ui/";

	@LocalServerPort
	private int port;

	@Test
	void theStableAddressLeadsToTheUi() {
		RawHttp.Response response = RawHttp.get(this.port, DOCS);
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).endsWith(UI + "index.html");
	}

	@Test
	void theUiAndEveryFileItLoadsAnswerUnderTheSitesPolicy() {
		String policy = RawHttp.get(this.port, "/").header("Content-Security-Policy");
		assertThat(policy).contains("script-src 'self'", "style-src 'self'").doesNotContain("unsafe-inline");
		RawHttp.Response index = RawHttp.get(this.port, UI + "index.html");
		assertThat(index.status()).isEqualTo(200);
		assertThat(index.header("Content-Type")).startsWith("text/html");
		assertThat(index.header("Content-Security-Policy")).isEqualTo(policy);
		Document page = Jsoup.parse(index.body());
		assertThat(page.select("script:not([src])")).as("inline scripts").isEmpty();
		assertThat(page.select("[style], style")).as("inline styles").isEmpty();
		List<String> files = new ArrayList<>(page.select("script[src]").eachAttr("src"));
		files.addAll(page.select("link[rel=stylesheet]").eachAttr("href"));
		assertThat(files).anyMatch((file) -> file.endsWith("swagger-initializer.js")).hasSizeGreaterThan(2);
		for (String file : files) {
			RawHttp.Response response = RawHttp.get(this.port, UI + file.replaceFirst("^\\./", ""));
			assertThat(response.status()).as(file).isEqualTo(200);
			assertThat(response.header("Content-Type")).as(file).containsAnyOf("javascript", "text/css");
			assertThat(response.header("Content-Security-Policy")).as(file).isEqualTo(policy);
		}
	}

	@Test
	void theUiReadsTheApisDocumentFromThisSite() {
		String initializer = RawHttp.get(this.port, UI + "swagger-initializer.js").body();
		assertThat(initializer).doesNotContain("petstore").contains("\"configUrl\" : \"/api/v1/openapi.json/swagger-config\"");
		RawHttp.Response config = RawHttp.get(this.port, "/api/v1/openapi.json/swagger-config",
				"Accept: application/json");
		assertThat(config.status()).isEqualTo(200);
		JsonNode settings = JsonMapper.shared().readTree(config.body());
		assertThat(settings.get("url").asString()).isEqualTo("/api/v1/openapi.json");
		assertThat(settings.get("validatorUrl").asString()).as("no validator on another site").isEmpty();
		RawHttp.Response document = RawHttp.get(this.port, "/api/v1/openapi.json", "Accept: application/json");
		assertThat(document.status()).isEqualTo(200);
		assertThat(JsonMapper.shared().readTree(document.body()).get("paths").propertyNames()).isNotEmpty();
	}

	/** The UI's files are the same in every language and keep the resource handler's caching. */
	@Test
	void thePageCacheAndTheLanguageFilterLeaveTheUisFilesAlone() {
		RawHttp.Response index = RawHttp.get(this.port, UI + "index.html", "Accept-Language: de");
		assertThat(index.status()).isEqualTo(200);
		assertThat(index.header("ETag")).isNull();
		assertThat(String.valueOf(index.header("Vary"))).doesNotContainIgnoringCase("Accept-Language");
		RawHttp.Response bundle = RawHttp.get(this.port, UI + "swagger-ui-bundle.js", "Accept-Language: de");
		assertThat(bundle.status()).isEqualTo(200);
		assertThat(String.valueOf(bundle.header("Vary"))).doesNotContainIgnoringCase("Accept-Language");
	}

	@Test
	void aMissingFileOfTheUiIsAProblemLikeAnyOtherUnderTheApi() {
		RawHttp.Response response = RawHttp.get(this.port, UI + "no-such-file.js");
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
	}

}

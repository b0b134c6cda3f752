package com.skillmatrix.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Swagger UI works in a browser under the site's Content-Security-Policy: it shows every path of the API's
 * document and runs a request, and the browser refuses nothing on the way.
 */
class SwaggerUiBrowserTests extends BrowserTestSupport {

	/** Notes every violation of the policy, before any of the page's own scripts run. */
	private static final String RECORD_VIOLATIONS = "window.cspViolations = [];"
			+ "document.addEventListener('securitypolicyviolation', (e) => window.cspViolations.push("
			+ "e.violatedDirective + ' ' + e.blockedURI + ' ' + e.sourceFile + ' ' + e.sample));";

	@Test
	void showsEveryPathOfTheApiAndRunsARequestWithoutViolatingThePolicy() throws Exception {
		ChromeDriver driver = browser(true);
		driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORD_VIOLATIONS));
		open(driver, "/api/v1/docs");
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".opblock-summary-path")));

		Set<String> documented = documentedPaths();
		assertThat(documented).isNotEmpty();
		Set<String> shown = new TreeSet<>();
		driver.findElements(By.cssSelector(".opblock-summary-path"))
			.forEach((path) -> shown.add(path.getAttribute("data-path")));
		assertThat(shown).isEqualTo(documented);

		WebElement operation = driver.findElement(By.cssSelector(".opblock"));
		operation.findElement(By.cssSelector(".opblock-summary-control")).click();
		wait.until((d) -> !operation.findElements(By.cssSelector(".try-out__btn")).isEmpty());
		operation.findElement(By.cssSelector(".try-out__btn")).click();
		wait.until((d) -> !operation.findElements(By.cssSelector(".execute")).isEmpty());
		operation.findElement(By.cssSelector(".execute")).click();
		wait.until((d) -> !operation.findElements(By.cssSelector(".live-responses-table tbody .response-col_status"))
			.isEmpty());
		assertThat(operation.findElement(By.cssSelector(".live-responses-table tbody .response-col_status")).getText())
			.startsWith("200");

		assertThat((List<?>) driver.executeScript("return window.cspViolations")).isNotNull().isEmpty();
	}

	/** The paths of the OpenAPI document, read over HTTP as any client reads it. */
	private Set<String> documentedPaths() throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/api/v1/openapi.json"))).build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return new TreeSet<>(JsonMapper.shared().readTree(response.body()).get("paths").propertyNames());
	}

}

package com.skillmatrix.browser;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** The three users' journeys, each once with JavaScript on and once with it off. */
class JourneyTests extends BrowserTestSupport {

	@ParameterizedTest(name = "javascript {0}")
	@ValueSource(booleans = { true, false })
	void engineerFindsWhatToCoverToAdvance(boolean javascript) {
		ChromeDriver driver = open(browser(javascript), "/");
		assertThat(scriptRan(driver)).isEqualTo(javascript);
		driver.findElement(By.linkText("Secrets Management")).click();
		waitForPath(driver, "/skills/vault-secrets");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Secrets Management");

		driver.findElement(By.cssSelector("label[for=level-senior]")).click();
		if (!javascript) {
			driver.findElement(By.cssSelector("form.picker button[type=submit]")).click();
		}
		waitForPath(driver, "/skills/vault-secrets/levels/senior");
		assertThat(driver.findElements(By.cssSelector("table.table--roles tbody tr"))).hasSize(19);
		assertThat(driver.findElement(By.cssSelector("input[aria-current=step]")).getAttribute("value"))
			.isEqualTo("senior");

		driver.findElement(By.linkText("What to cover to advance to Lead")).click();
		waitForPath(driver, "/skills/vault-secrets/advance?from=senior");
		assertThat(driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("What to cover to advance from Senior to Lead");
		assertThat(driver.findElements(By.cssSelector("table.table--advance tbody tr"))).hasSize(19);

		tick(driver, "role-devops-engineer");
		driver.findElement(By.cssSelector("form.filter button[type=submit]")).click();
		waitForPath(driver, "/skills/vault-secrets/advance?from=senior&role=devops-engineer");
		assertThat(driver.findElements(By.cssSelector("table.table--advance tbody th a")))
			.extracting(WebElement::getText)
			.containsExactly("DevOps Engineer");
	}

	@ParameterizedTest(name = "javascript {0}")
	@ValueSource(booleans = { true, false })
	void managerComparesThreeRolesRequiredOnly(boolean javascript) {
		ChromeDriver driver = open(browser(javascript), "/skills/vault-secrets");
		driver.findElement(By.linkText("Compare roles side by side")).click();
		waitForPath(driver, "/skills/vault-secrets/compare");
		for (String role : List.of("devops-engineer", "cloud-engineer", "technical-lead")) {
			tick(driver, "roles-" + role);
		}
		driver.findElement(By.cssSelector("form.filter button[type=submit]")).click();
		String comparison = "/skills/vault-secrets/compare?roles=cloud-engineer&roles=devops-engineer&roles=technical-lead";
		waitForPath(driver, comparison);
		assertThat(driver.findElements(By.cssSelector("table.table--compare thead th a")))
			.extracting(WebElement::getText)
			.containsExactly("Cloud Engineer", "DevOps Engineer", "Technical Lead");
		assertThat(driver.findElements(By.cssSelector("table.table--compare .badge--optional"))).hasSize(5);

		driver.findElement(By.linkText("Show required only")).click();
		waitForPath(driver, comparison + "&required=only");
		assertThat(driver.findElements(By.cssSelector("table.table--compare .badge--optional"))).isEmpty();
		assertThat(driver.findElement(By.cssSelector(".hidden-note")).getText())
			.isEqualTo("5 optional expectations are hidden.");
	}

	@ParameterizedTest(name = "javascript {0}")
	@ValueSource(booleans = { true, false })
	void hrOpensAndPrintsARoleProfile(boolean javascript) {
		ChromeDriver driver = open(browser(javascript), "/roles/devops-engineer");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("DevOps Engineer");
		assertThat(driver.findElement(By.cssSelector("header nav")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.cssSelector(".site-footer__print-url")).isDisplayed()).isFalse();
		try {
			driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
			assertThat(driver.findElement(By.cssSelector("header nav")).isDisplayed()).isFalse();
			assertThat(driver.findElement(By.cssSelector(".site-footer__print-url")).getText())
				.isEqualTo("Printed from " + url("/roles/devops-engineer"));
			assertThat(driver.findElement(By.cssSelector("table.table--grid")).isDisplayed()).isTrue();
		}
		finally {
			driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	private static boolean scriptRan(ChromeDriver driver) {
		return driver.findElement(By.tagName("body")).getAttribute("class").contains("js-enabled");
	}

}

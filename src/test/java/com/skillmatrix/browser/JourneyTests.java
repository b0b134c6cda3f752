package com.skillmatrix.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.skillmatrix.Pages;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.loading.Matrix;
import com.skillmatrix.matrix.Slugs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/** The three users' journeys, each once with JavaScript on and once with it off. */
class JourneyTests extends BrowserTestSupport {

	private static final TestMatrix.Skill SKILL = TestMatrix.skill();

	@ParameterizedTest(name = "javascript {0}")
	@ValueSource(booleans = { true, false })
	void engineerFindsWhatToCoverToAdvance(boolean javascript) {
		Matrix.Level level = TestMatrix.middle();
		Matrix.Level next = TestMatrix.next(level);
		String role = SKILL.mainRole();
		ChromeDriver driver = open(browser(javascript), "/");
		assertThat(scriptRan(driver)).isEqualTo(javascript);
		driver.findElement(By.linkText(SKILL.name())).click();
		waitForPath(driver, SKILL.path());
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(SKILL.name());

		driver.findElement(By.cssSelector("label[for=level-" + level.slug() + "]")).click();
		if (!javascript) {
			driver.findElement(By.cssSelector("form.picker button[type=submit]")).click();
		}
		waitForPath(driver, SKILL.path() + "/levels/" + level.slug());
		assertThat(driver.findElements(By.cssSelector("table.table--roles tbody tr")))
			.hasSize(SKILL.rows(level.slug()).size());
		assertThat(driver.findElement(By.cssSelector("input[aria-current=step]")).getAttribute("value"))
			.isEqualTo(level.slug());

		driver.findElement(By.linkText("What to cover to advance to " + next.name())).click();
		waitForPath(driver, SKILL.path() + "/advance?from=" + level.slug());
		assertThat(driver.findElement(By.tagName("h1")).getText())
			.isEqualTo("What to cover to advance from " + level.name() + " to " + next.name());
		assertThat(driver.findElements(By.cssSelector("table.table--advance tbody tr")))
			.hasSize(SKILL.rolesAdvancing(level.slug(), next.slug()).size());

		tick(driver, "role-" + Slugs.of(role));
		driver.findElement(By.cssSelector("form.filter button[type=submit]")).click();
		waitForPath(driver, SKILL.path() + "/advance?from=" + level.slug() + "&role=" + Slugs.of(role));
		assertThat(driver.findElements(By.cssSelector("table.table--advance tbody th a:not(.row-link)")))
			.extracting(WebElement::getText)
			.containsExactly(role);

		// The same question across every skill of the role.
		driver.findElement(By.cssSelector("table.table--advance tbody th a.row-link")).click();
		waitForPath(driver, "/roles/" + Slugs.of(role) + "/advance?from=" + level.slug());
		assertThat(driver.findElement(By.tagName("h1")).getText())
			.isEqualTo(role + ": what to cover to advance from " + level.name() + " to " + next.name());
	}

	@ParameterizedTest(name = "javascript {0}")
	@ValueSource(booleans = { true, false })
	void managerComparesThreeRolesRequiredOnly(boolean javascript) {
		List<String> roles = SKILL.inPickerOrder(SKILL.threeRoles());
		long optional = roles.stream()
			.flatMap((role) -> SKILL.cellsOf(role).stream())
			.filter((cell) -> cell != null && !cell.required())
			.count();
		ChromeDriver driver = open(browser(javascript), SKILL.path());
		driver.findElement(By.linkText("Compare roles side by side")).click();
		waitForPath(driver, SKILL.path() + "/compare");
		for (String role : SKILL.threeRoles()) {
			tick(driver, "roles-" + Slugs.of(role));
		}
		driver.findElement(By.cssSelector("form.filter button[type=submit]")).click();
		String comparison = SKILL.path() + "/compare?"
				+ String.join("&", roles.stream().map((role) -> "roles=" + Slugs.of(role)).toList());
		waitForPath(driver, comparison);
		assertThat(driver.findElements(By.cssSelector("table.table--compare thead th a")))
			.extracting(WebElement::getText)
			.isEqualTo(roles);
		assertThat(driver.findElements(By.cssSelector("table.table--compare .badge--optional"))).hasSize((int) optional);

		driver.findElement(By.linkText("Show required only")).click();
		waitForPath(driver, comparison + "&required=only");
		assertThat(driver.findElements(By.cssSelector("table.table--compare .badge--optional"))).isEmpty();
		assertThat(driver.findElement(By.cssSelector(".hidden-note")).getText()).isEqualTo(Pages.hiddenNote(optional));
	}

	@ParameterizedTest(name = "javascript {0}")
	@ValueSource(booleans = { true, false })
	void hrOpensAndPrintsARoleProfile(boolean javascript) {
		String role = SKILL.mainRole();
		String profile = "/roles/" + Slugs.of(role);
		ChromeDriver driver = open(browser(javascript), profile);
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo(role);
		assertThat(driver.findElement(By.cssSelector("header nav")).isDisplayed()).isTrue();
		assertThat(driver.findElement(By.cssSelector(".site-footer__print-url")).isDisplayed()).isFalse();
		try {
			driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
			assertThat(driver.findElement(By.cssSelector("header nav")).isDisplayed()).isFalse();
			assertThat(driver.findElement(By.cssSelector(".site-footer__print-url")).getText())
				.isEqualTo("Printed from " + url(profile));
			assertThat(driver.findElement(By.cssSelector("table.table--grid")).isDisplayed()).isTrue();
		}
		finally {
			driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	/**
	 * An engineer ticks what they do up to the middle level and gets the answer, as they tick with script and from
	 * the button without; the address alone gives the same answer in another browser, and prints with its ticks.
	 */
	@ParameterizedTest(name = "javascript {0}")
	@ValueSource(booleans = { true, false })
	void engineerChecksThemselvesAndSharesTheAddress(boolean javascript) {
		String role = SKILL.mainRole();
		Matrix.Level reached = TestMatrix.middle();
		String selfCheck = SKILL.selfCheck(role);
		List<String> ticks = SKILL.statementIdsUpTo(role, reached);
		String address = SKILL.selfCheck(role, ticks);
		String verdict = "You meet everything up to " + reached.name() + ".";

		ChromeDriver driver = open(browser(javascript), SKILL.path() + "/roles/" + Slugs.of(role));
		driver.findElement(By.linkText("Check yourself against these expectations")).click();
		waitForPath(driver, selfCheck);
		assertThat(driver.findElements(By.cssSelector(".answer"))).isEmpty();
		driver.executeScript("document.body.dataset.journey = 'unchanged'");
		for (String id : ticks) {
			tick(driver, "met-" + id);
		}
		if (javascript) {
			// Each tick fetches an answer; the last one stays.
			new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
				.until((d) -> d.findElements(By.cssSelector(".answer__verdict"))
					.stream()
					.anyMatch((element) -> element.getText().equals(verdict)));
			assertThat(driver.getCurrentUrl()).isEqualTo(url(address));
			assertThat(driver.findElement(By.tagName("body")).getAttribute("data-journey"))
				.as("the answer came without leaving the page")
				.isEqualTo("unchanged");
			assertThat(driver.findElement(By.cssSelector(".site-footer__print-url")).getAttribute("textContent"))
				.isEqualTo("Printed from " + url(address));
		}
		else {
			driver.findElement(By.cssSelector("form.self-check button[type=submit]")).click();
			waitForPath(driver, address);
		}
		assertThat(driver.findElement(By.cssSelector(".answer__verdict")).getText()).isEqualTo(verdict);

		ChromeDriver other = open(browser(!javascript), address);
		assertThat(other.findElement(By.cssSelector(".answer__verdict")).getText()).isEqualTo(verdict);
		assertThat(other.findElements(By.cssSelector("form.self-check input[type=checkbox]:checked")))
			.extracting((box) -> box.getAttribute("value"))
			.isEqualTo(ticks);
		try {
			other.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
			assertThat(other.findElement(By.cssSelector(".answer")).isDisplayed()).isTrue();
			assertThat(other.findElement(By.cssSelector("form.self-check button")).isDisplayed()).isFalse();
			List<WebElement> boxes = other.findElements(By.cssSelector("form.self-check input[type=checkbox]"));
			assertThat(boxes).allMatch(WebElement::isDisplayed);
			assertThat(boxes.stream().filter(WebElement::isSelected).map((box) -> box.getAttribute("value")))
				.isEqualTo(ticks);
			assertThat(other.findElement(By.cssSelector(".site-footer__print-url")).getText())
				.isEqualTo("Printed from " + url(address));
		}
		finally {
			other.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
		}
	}

	@ParameterizedTest(name = "javascript {0}")
	@ValueSource(booleans = { true, false })
	void engineerReadsTheMatrixInGermanAndChinese(boolean javascript) {
		Matrix.Level level = TestMatrix.middle();
		String role = SKILL.roleAbsentSomewhere().orElse(SKILL.mainRole());
		for (String code : List.of("de", "zh")) {
			ChromeDriver driver = open(browser(javascript), "/");
			driver.findElement(By.cssSelector(".language-switch a[hreflang=" + code + "]")).click();
			waitForPath(driver, "/?lang=" + code);
			assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(code);
			driver.findElement(By.linkText(SKILL.name())).click();
			waitForPath(driver, SKILL.path() + "?lang=" + code);

			driver.findElement(By.cssSelector("label[for=level-" + level.slug() + "]")).click();
			if (!javascript) {
				driver.findElement(By.cssSelector("form.picker button[type=submit]")).click();
			}
			waitForPath(driver, SKILL.path() + "/levels/" + level.slug() + "?lang=" + code);
			assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(code);

			driver.findElement(By.cssSelector("a[href*='/advance?from=" + level.slug() + "']")).click();
			waitForPath(driver, SKILL.path() + "/advance?from=" + level.slug() + "&lang=" + code);
			tick(driver, "role-" + Slugs.of(role));
			driver.findElement(By.cssSelector("form.filter button[type=submit]")).click();
			waitForPath(driver, SKILL.path() + "/advance?lang=" + code + "&from=" + level.slug() + "&role=" + Slugs.of(role));
			assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(code);

			String first = SKILL.statementIds(role, SKILL.cellsOf(role).stream()
				.filter(java.util.Objects::nonNull).findFirst().orElseThrow().level()).get(0);
			open(driver, SKILL.selfCheck(role) + "?lang=" + code);
			tick(driver, "met-" + first);
			if (!javascript) {
				driver.findElement(By.cssSelector("form.self-check button[type=submit]")).click();
			}
			// The address holds the language and the tick, with script as without.
			String ticked = url(SKILL.selfCheck(role) + "?lang=" + code + "&met=" + first);
			new WebDriverWait(driver, Duration.ofSeconds(10)).until((d) -> d.getCurrentUrl().startsWith(ticked));
			new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
				.until((d) -> !d.findElements(By.cssSelector(".answer__verdict")).isEmpty());
			assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(code);
			assertThat(driver.findElement(By.cssSelector(".answer__verdict")).getText()).isNotBlank();
		}
	}

	private static boolean scriptRan(ChromeDriver driver) {
		return driver.findElement(By.tagName("body")).getAttribute("class").contains("js-enabled");
	}

}

package com.skillmatrix.browser;

import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.skillmatrix.TestMatrix;
import com.skillmatrix.matrix.Slugs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

import static org.assertj.core.api.Assertions.assertThat;

/** WCAG 2.0, 2.1 and 2.2 A and AA, scanned with axe-core in a real browser, and the keyboard. */
class AccessibilityTests extends BrowserTestSupport {

	private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a",
			"wcag22aa");

	@ParameterizedTest
	@EnumSource(PageType.class)
	void everyPageTypeHasNoViolations(PageType type) {
		ChromeDriver driver = open(browser(true), type.path);
		assertThat(describe(scan(driver))).as(type.path).isEmpty();
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("com.skillmatrix.browser.LayoutTests#pagesInGermanAndChinese")
	void everyPageTypeHasNoViolationsInGermanAndChinese(PageType type, String code) {
		ChromeDriver driver = open(browser(true), LayoutTests.inLanguage(type, code));
		assertThat(describe(scan(driver))).as(type.path + " " + code).isEmpty();
	}

	@Test
	void theScanReportsAKnownViolation() {
		ChromeDriver driver = browser(true);
		driver.get("data:text/html,<!DOCTYPE html><html><head><title>Fixture</title></head>"
				+ "<body><main><h1>Fixture</h1><img src='x.png'><input type='text'></main></body></html>");
		assertThat(scan(driver).getViolations()).extracting(Rule::getId)
			.contains("html-has-lang", "image-alt", "label");
	}

	@Test
	void firstTabReachesTheSkipLinkWhichMovesFocusToTheMainContent() {
		for (PageType type : List.of(PageType.CATALOGUE, PageType.LEVEL, PageType.NOT_FOUND)) {
			ChromeDriver driver = open(browser(true), type.path);
			new Actions(driver).sendKeys(Keys.TAB).perform();
			WebElement focused = driver.switchTo().activeElement();
			assertThat(focused.getAttribute("class")).as(type.path).isEqualTo("skip-link");
			assertThat(focused.isDisplayed()).isTrue();
			focused.sendKeys(Keys.ENTER);
			assertThat(driver.getCurrentUrl()).endsWith("#main-content");
			assertThat(driver.switchTo().activeElement().getAttribute("id")).isEqualTo("main-content");
		}
	}

	@ParameterizedTest
	@EnumSource(value = PageType.class, names = { "SKILL", "LEVEL", "ADVANCE", "ROLE_DETAIL", "COMPARE",
			"SELF_CHECK_ANSWER", "PLAN_ANSWER" })
	void everyControlIsReachedByTabWithVisibleFocus(PageType type) {
		ChromeDriver driver = open(browser(true), type.path);
		List<String> expected = script(driver, """
				const seenGroups = new Set();
				return [...document.querySelectorAll(
				    'a[href], button, input:not([type=hidden]), select, textarea, [tabindex="0"]')]
				  .filter(e => e.getClientRects().length > 0)
				  .filter(e => e.type !== 'radio' || !seenGroups.has(e.name) && seenGroups.add(e.name))
				  .map(e => e.type === 'radio' ? 'radio:' + e.name : e.outerHTML.slice(0, 120));
				""");
		List<String> reached = new ArrayList<>();
		List<String> withoutVisibleFocus = new ArrayList<>();
		for (int presses = 0; presses < expected.size() + 5; presses++) {
			new Actions(driver).sendKeys(Keys.TAB).perform();
			List<String> focused = script(driver, """
					const e = document.activeElement;
					if (e === document.body) return [];
					const style = getComputedStyle(e);
					const label = e.type === 'radio' ? document.querySelector('label[for="' + e.id + '"]') : null;
					const labelStyle = label ? getComputedStyle(label) : null;
					const visible = (style.outlineStyle !== 'none' && style.outlineWidth !== '0px')
					  || style.boxShadow !== 'none'
					  || (labelStyle && labelStyle.outlineStyle !== 'none' && labelStyle.outlineWidth !== '0px');
					return [e.type === 'radio' ? 'radio:' + e.name : e.outerHTML.slice(0, 120), String(visible)];
					""");
			if (focused.isEmpty()) {
				break;
			}
			reached.add(focused.get(0));
			if (!Boolean.parseBoolean(focused.get(1))) {
				withoutVisibleFocus.add(focused.get(0));
			}
		}
		assertThat(reached).as(type.path).containsAll(expected);
		assertThat(withoutVisibleFocus).as(type.path + ": focus not visible").isEmpty();
	}

	@Test
	void levelPickerAndComparePickerWorkWithTheKeyboardAlone() {
		TestMatrix.Skill skill = TestMatrix.skill();
		String first = TestMatrix.first().slug();
		String second = TestMatrix.next(TestMatrix.first()).slug();
		ChromeDriver driver = open(browser(true), skill.path() + "/levels/" + first);
		WebElement lowest = driver.findElement(By.id("level-" + first));
		focus(driver, lowest);
		new Actions(driver).sendKeys(Keys.ARROW_RIGHT).perform();
		assertThat(driver.getCurrentUrl()).as("arrow keys choose, they do not navigate").endsWith("/levels/" + first);
		assertThat(driver.findElement(By.id("level-" + second)).isSelected()).isTrue();
		new Actions(driver).sendKeys(Keys.TAB, Keys.ENTER).perform();
		waitForPath(driver, skill.path() + "/levels/" + second);

		List<String> roles = skill.roles().subList(0, 2);
		open(driver, skill.path() + "/compare");
		for (String role : roles) {
			focus(driver, driver.findElement(By.id("roles-" + Slugs.of(role))));
			new Actions(driver).sendKeys(Keys.SPACE).perform();
		}
		focus(driver, driver.findElement(By.cssSelector("form.filter button[type=submit]")));
		new Actions(driver).sendKeys(Keys.ENTER).perform();
		waitForPath(driver, skill.path() + "/compare?" + String.join("&",
				skill.inPickerOrder(roles).stream().map((role) -> "roles=" + Slugs.of(role)).toList()));
		assertThat(driver.findElements(By.cssSelector("table.table--compare thead th a")))
			.extracting(WebElement::getText)
			.containsExactlyInAnyOrderElementsOf(roles);
	}

	private static void focus(WebDriver driver, WebElement element) {
		((JavascriptExecutor) driver).executeScript("arguments[0].focus()", element);
	}

	static Results scan(WebDriver driver) {
		return new AxeBuilder().withTags(WCAG).analyze(driver);
	}

	static List<String> describe(Results results) {
		return results.getViolations()
			.stream()
			.map((rule) -> rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes()
				.stream()
				.map((node) -> String.valueOf(node.getTarget()))
				.toList())
			.toList();
	}

	@SuppressWarnings("unchecked")
	private static List<String> script(WebDriver driver, String script) {
		return (List<String>) ((JavascriptExecutor) driver).executeScript(script);
	}

}

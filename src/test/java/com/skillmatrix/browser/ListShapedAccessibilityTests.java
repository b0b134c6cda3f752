package com.skillmatrix.browser;

import java.util.stream.Stream;

import com.skillmatrix.Instance;
import com.skillmatrix.ListMatrix;
import com.skillmatrix.matrix.Slugs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages that show descriptions, on a matrix whose cells are lists ({@link ListMatrix}), scanned with axe as
 * {@link AccessibilityTests} scans the loaded matrix's: headings, lists and their items in tables and blocks, and the
 * pages that compare and self-check lists item by item.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListShapedAccessibilityTests {

	private Instance instance;

	private ChromeDriver driver;

	@BeforeAll
	void start() {
		Chromium.assumeInstalled();
		this.instance = ListMatrix.instance();
		this.driver = Chromium.start(true, 1280);
	}

	@AfterAll
	void stop() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	static Stream<String> pages() {
		String first = ListMatrix.LEVELS.get(0).get(0);
		String second = ListMatrix.LEVELS.get(1).get(0);
		String items = "/skills/" + ListMatrix.SKILL;
		String lists = "/skills/" + ListMatrix.LIST_SKILL;
		return Stream.of(lists + "/levels/practitioner", lists + "/levels/expert?lang=de",
				"/roles/site-reliability-engineer/levels/expert", "/roles/backend-developer/levels/practitioner?lang=zh",
				lists + "/roles/backend-developer",
				lists + "/compare?roles=backend-developer&roles=site-reliability-engineer&roles=engineering-manager",
				"/search?q=budget", items + "/advance?from=" + first, items + "/advance?from=" + second + "&lang=zh",
				items + "/changes", items + "/roles/" + Slugs.of(ListMatrix.BACKEND) + "/self-check?met=" + first
						+ "-1&met=");
	}

	@ParameterizedTest
	@MethodSource("pages")
	void everyPageWithListsHasNoViolations(String path) {
		this.driver.get("http://localhost:" + this.instance.port() + path);
		assertThat(AccessibilityTests.describe(AccessibilityTests.scan(this.driver))).as(path).isEmpty();
	}

}

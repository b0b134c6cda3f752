package com.skillmatrix.browser;

import java.util.stream.Stream;

import com.skillmatrix.ListMatrix;
import com.skillmatrix.matrix.Slugs;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** axe finds nothing on the pages that compare and self-check lists, on a matrix of list-shaped cells. */
@Tag("browser")
class ListPagesAccessibilityTests {

	private static ChromeDriver driver;

	@BeforeAll
	static void browser() {
		Chromium.assumeInstalled();
		driver = Chromium.start(true, 1280);
	}

	@AfterAll
	static void closeBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	static Stream<String> pages() {
		String first = ListMatrix.LEVELS.get(0).get(0);
		String second = ListMatrix.LEVELS.get(1).get(0);
		return Stream.of("/advance?from=" + first, "/advance?from=" + second + "&lang=zh", "/changes",
				"/roles/" + Slugs.of(ListMatrix.BACKEND) + "/self-check?met=" + first + "-1&met=");
	}

	@ParameterizedTest
	@MethodSource("pages")
	void everyPageHasNoViolations(String path) {
		driver.get("http://localhost:" + ListMatrix.instance().port() + "/skills/" + ListMatrix.SKILL + path);
		assertThat(AccessibilityTests.describe(AccessibilityTests.scan(driver))).as(path).isEmpty();
	}

}

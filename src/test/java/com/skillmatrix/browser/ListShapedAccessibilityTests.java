package com.skillmatrix.browser;

import java.nio.file.Path;

import com.skillmatrix.Instance;
import com.skillmatrix.ListShapedMatrix;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages that show descriptions, on a matrix whose cells are lists ({@link ListShapedMatrix}), scanned with axe as
 * {@link AccessibilityTests} scans the loaded matrix's: headings, lists and their items in tables and blocks.
 */
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ListShapedAccessibilityTests {

	private Instance instance;

	private ChromeDriver driver;

	@BeforeAll
	void start(@TempDir Path folder) {
		Chromium.assumeInstalled();
		this.instance = ListShapedMatrix.start(ListShapedMatrix.writeTo(folder), "list-shaped-browser");
		this.driver = Chromium.start(true, 1280);
	}

	@AfterAll
	void stop() {
		if (this.driver != null) {
			this.driver.quit();
		}
		if (this.instance != null) {
			this.instance.close();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/skills/incident-response/levels/practitioner",
			"/skills/incident-response/levels/expert?lang=de", "/roles/site-reliability-engineer/levels/expert",
			"/roles/backend-developer/levels/practitioner?lang=zh", "/skills/incident-response/roles/backend-developer",
			"/skills/incident-response/compare?roles=backend-developer&roles=site-reliability-engineer"
					+ "&roles=engineering-manager",
			"/search?q=budget" })
	void everyPageWithListsHasNoViolations(String path) {
		this.driver.get("http://localhost:" + this.instance.port() + path);
		assertThat(AccessibilityTests.describe(AccessibilityTests.scan(this.driver))).as(path).isEmpty();
	}

}

package com.skillmatrix.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phone at 360 px never scrolls sideways, a projector at 1920 px keeps lines short enough to read, and every page type is
 * photographed at 360 and 1280 px into target/screenshots for review.
 */
class LayoutTests extends BrowserTestSupport {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@ParameterizedTest
	@EnumSource(PageType.class)
	void phoneNeverScrollsSideways(PageType type) throws IOException {
		ChromeDriver driver = open(browser(true, 360), type.path);
		long viewport = number(driver, "return document.documentElement.clientWidth");
		long content = number(driver, "return document.documentElement.scrollWidth");
		assertThat(viewport).isEqualTo(360);
		assertThat(content).as(type.path).isLessThanOrEqualTo(viewport);
		screenshot(driver, type, 360);
	}

	@ParameterizedTest
	@EnumSource(PageType.class)
	void projectorKeepsLinesReadable(PageType type) {
		ChromeDriver driver = open(browser(true, 1920), type.path);
		// Characters per line: a paragraph's length over the lines it takes, at most 90 (WCAG 1.4.8 asks for 80).
		List<?> tooLong = (List<?>) driver.executeScript("""
				return [...document.querySelectorAll('main p, main dd, main td.description')]
				  .filter(e => e.getClientRects().length > 0)
				  .map(e => {
				    const lines = Math.max(1, Math.round(e.getBoundingClientRect().height
				        / parseFloat(getComputedStyle(e).lineHeight)));
				    return [e.className || e.tagName, e.textContent.trim().length / lines];
				  })
				  .filter(([, perLine]) => perLine > 90)
				  .map(([name, perLine]) => name + ': ' + Math.round(perLine) + ' characters a line');
				""");
		assertThat(tooLong).as(type.path).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(PageType.class)
	void desktopScreenshot(PageType type) throws IOException {
		ChromeDriver driver = open(browser(true, 1280), type.path);
		assertThat(driver.findElement(By.tagName("h1")).getText()).as(type.path).isNotBlank();
		screenshot(driver, type, 1280);
	}

	/** The whole page, not only the window: the window is made as tall as the page first. */
	private static void screenshot(ChromeDriver driver, PageType type, int width) throws IOException {
		long height = number(driver, "return document.documentElement.scrollHeight");
		Dimension original = driver.manage().window().getSize();
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", Math.min(height, 6000), "deviceScaleFactor", 1, "mobile", false));
		try {
			Files.createDirectories(SCREENSHOTS);
			byte[] png = driver.getScreenshotAs(OutputType.BYTES);
			assertThat(png).as("a PNG of " + type.path).startsWith(new byte[] { (byte) 0x89, 'P', 'N', 'G' })
				.hasSizeGreaterThan(10_000);
			Files.write(SCREENSHOTS.resolve(type.fileName() + "-" + width + ".png"), png);
		}
		finally {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			driver.manage().window().setSize(original);
		}
	}

	private static long number(ChromeDriver driver, String script) {
		return ((Number) driver.executeScript(script)).longValue();
	}

}

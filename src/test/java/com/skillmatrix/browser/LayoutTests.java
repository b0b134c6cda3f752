package com.skillmatrix.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phone at 360 px never scrolls sideways, in any language, a projector at 1920 px keeps lines short enough to read, and
 * every page type is photographed at 360 and 1280 px into target/screenshots for review, the skill page in Chinese too.
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
		screenshot(driver, type.fileName(), 360);
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("pagesInGermanAndChinese")
	void phoneNeverScrollsSidewaysInGermanOrChinese(PageType type, String code) {
		ChromeDriver driver = open(browser(true, 360), inLanguage(type, code));
		long content = number(driver, "return document.documentElement.scrollWidth");
		assertThat(content).as(type.path + " " + code).isLessThanOrEqualTo(360);
	}

	/**
	 * Chinese text is drawn with a CJK font, not with a fallback's empty boxes: the fonts Chromium used for the
	 * page's own words, as its DevTools report them, include one made for Chinese, and every character found one.
	 */
	@Test
	void chineseSkillPageShowsChineseGlyphsOnAPhone() throws IOException {
		assumeChineseFonts();
		ChromeDriver driver = open(browser(true, 360), inLanguage(PageType.SKILL, "zh"));
		assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh");
		assertThat(number(driver, "return document.documentElement.scrollWidth")).isLessThanOrEqualTo(360);
		driver.executeCdpCommand("DOM.enable", Map.of());
		driver.executeCdpCommand("CSS.enable", Map.of());
		Object root = ((Map<?, ?>) driver.executeCdpCommand("DOM.getDocument", Map.of()).get("root")).get("nodeId");
		for (String selector : List.of(".figure__label", ".picker__legend", ".site-nav .site-nav__link")) {
			Object node = driver.executeCdpCommand("DOM.querySelector", Map.of("nodeId", root, "selector", selector))
				.get("nodeId");
			List<?> fonts = (List<?>) driver.executeCdpCommand("CSS.getPlatformFontsForNode", Map.of("nodeId", node))
				.get("fonts");
			String text = driver.findElement(By.cssSelector(selector)).getText();
			assertThat(text).as(selector).matches(".*\\p{IsHan}.*");
			assertThat(fonts).as(selector + ": " + text)
				.anySatisfy((font) -> assertThat(String.valueOf(((Map<?, ?>) font).get("familyName")))
					.containsAnyOf("CJK", "Hei", "Han Sans", "Song", "Ming"));
			long glyphs = fonts.stream().mapToLong((font) -> ((Number) ((Map<?, ?>) font).get("glyphCount")).longValue()).sum();
			assertThat(glyphs).as(selector).isEqualTo(text.codePointCount(0, text.length()));
		}
		driver.executeCdpCommand("CSS.disable", Map.of());
		driver.executeCdpCommand("DOM.disable", Map.of());
		screenshot(driver, PageType.SKILL.fileName() + "-zh", 360);
	}

	@ParameterizedTest
	@EnumSource(PageType.class)
	void projectorKeepsLinesReadable(PageType type) {
		ChromeDriver driver = open(browser(true, 1920), type.path);
		// Characters per line: a paragraph's length over the lines it takes, at most 90 (WCAG 1.4.8 asks for 80).
		List<?> tooLong = (List<?>) driver.executeScript("""
				return [...document.querySelectorAll('main p, main dd, main .description')]
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
		screenshot(driver, type.fileName(), 1280);
	}

	/** The whole page, not only the window: the window is made as tall as the page first. */
	private static void screenshot(ChromeDriver driver, String name, int width) throws IOException {
		long height = number(driver, "return document.documentElement.scrollHeight");
		Dimension original = driver.manage().window().getSize();
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", Math.min(height, 6000), "deviceScaleFactor", 1, "mobile", false));
		try {
			Files.createDirectories(SCREENSHOTS);
			byte[] png = driver.getScreenshotAs(OutputType.BYTES);
			assertThat(png).as("a PNG of " + name).startsWith(new byte[] { (byte) 0x89, 'P', 'N', 'G' })
				.hasSizeGreaterThan(10_000);
			Files.write(SCREENSHOTS.resolve(name + "-" + width + ".png"), png);
		}
		finally {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
			driver.manage().window().setSize(original);
		}
	}

	static Stream<Arguments> pagesInGermanAndChinese() {
		return Stream.of(PageType.values())
			.flatMap((type) -> Stream.of("de", "zh").map((code) -> Arguments.of(type, code)));
	}

	/** A page type's address in a language. */
	static String inLanguage(PageType type, String code) {
		return type.path + (type.path.contains("?") ? "&" : "?") + "lang=" + code;
	}

	/** Skips, or fails in CI, where the machine has no font for Chinese (Debian's fonts-noto-cjk). */
	private static void assumeChineseFonts() {
		String fonts;
		try {
			Process list = new ProcessBuilder("fc-list", ":lang=zh", "family").redirectErrorStream(true).start();
			fonts = new String(list.getInputStream().readAllBytes());
			list.waitFor();
		}
		catch (IOException ex) {
			fonts = "";
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			fonts = "";
		}
		if (!fonts.isBlank()) {
			return;
		}
		String message = "The Chinese page's glyphs need a CJK font: install one with 'apt-get install fonts-noto-cjk'.";
		if (System.getenv("CI") != null) {
			Assertions.fail(message);
		}
		System.err.println("[WARNING] Skipping a test. " + message);
		Assumptions.abort(message);
	}

	private static long number(ChromeDriver driver, String script) {
		return ((Number) driver.executeScript(script)).longValue();
	}

}

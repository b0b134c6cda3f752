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
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A phone at 360 px never scrolls sideways, in any language, a projector at 1920 px keeps lines short enough to read, and
 * every page type is photographed at 360 and 1280 px into target/screenshots for review, the skill page in Chinese too,
 * once its heading, its first table's caption and its main content are seen to be drawn within the window.
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
		assertSeen(driver, type);
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
		assertSeen(driver, type);
		screenshot(driver, type.fileName(), 1280);
	}

	/**
	 * What a person sees of the page photographed, as the browser lays it out: the page's heading drawn whole, on top
	 * and inside the first screen, with all its text; the first table's caption shown, starting on the screen; the
	 * main content of some size, with the heading's text; and no element that reaches past the window's right edge
	 * other than inside a box that scrolls or clips it.
	 */
	private static void assertSeen(ChromeDriver driver, PageType type) {
		long width = number(driver, "return document.documentElement.clientWidth");
		long height = number(driver, "return document.documentElement.clientHeight");
		WebElement heading = driver.findElement(By.tagName("h1"));
		String text = String.valueOf(driver.executeScript("return arguments[0].textContent", heading))
			.replaceAll("\\s+", " ")
			.strip();
		assertThat(text).as(type.path + ": the heading's text").isNotBlank();
		assertThat(heading.isDisplayed()).as(type.path + ": the heading is shown").isTrue();
		assertThat(heading.getText().replaceAll("\\s+", " ").strip()).as(type.path + ": the heading drawn whole")
			.isEqualTo(text);
		assertInside(heading, width, height, type.path + ": the heading");
		assertThat(driver.executeScript("""
				const box = arguments[0].getBoundingClientRect();
				const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
				return top !== null && (arguments[0] === top || arguments[0].contains(top));
				""", heading)).as(type.path + ": nothing covers the heading").isEqualTo(true);
		List<WebElement> captions = driver.findElements(By.cssSelector("main table caption"));
		if (!captions.isEmpty()) {
			WebElement caption = captions.get(0);
			assertThat(caption.isDisplayed()).as(type.path + ": the first table's caption is shown").isTrue();
			assertThat(caption.getText()).as(type.path + ": the first table's caption").isNotBlank();
			// A wide table scrolls within its own box: its caption starts on the screen, where its text is read.
			Rectangle box = caption.getRect();
			assertThat(box.getX()).as(type.path + ": the caption's left edge").isGreaterThanOrEqualTo(0)
				.isLessThan((int) width);
			assertThat(box.getHeight()).as(type.path + ": the caption's height").isPositive();
		}
		WebElement main = driver.findElement(By.tagName("main"));
		assertThat(main.getSize().getWidth()).as(type.path + ": the main content's width").isPositive();
		assertThat(main.getSize().getHeight()).as(type.path + ": the main content's height").isPositive();
		assertThat(main.getText()).as(type.path + ": the main content's text").contains(heading.getText());
		// What a box of its own clips or scrolls (a wide table) does not reach past the window's edge.
		List<?> overflowing = (List<?>) driver.executeScript("""
				const width = document.documentElement.clientWidth;
				const clipped = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
				                         if (getComputedStyle(a).overflowX !== 'visible') return true; }
				                       return false; };
				return [...document.querySelectorAll('body *')]
				  .filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
				  .filter(e => !clipped(e))
				  .filter(e => { const box = e.getBoundingClientRect();
				                 return box.width > 1 && box.right > width + 1; })
				  .map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
				      + ': right edge at ' + Math.round(e.getBoundingClientRect().right));
				""");
		assertThat(overflowing).as(type.path + ": elements past the right edge of " + width + " px").isEmpty();
	}

	/** An element lies wholly within the first screen of a window of the given size. */
	private static void assertInside(WebElement element, long width, long height, String what) {
		Rectangle box = element.getRect();
		assertThat(box.getWidth()).as(what + ": width").isPositive();
		assertThat(box.getHeight()).as(what + ": height").isPositive();
		assertThat(box.getX()).as(what + ": left edge").isGreaterThanOrEqualTo(0);
		assertThat(box.getY()).as(what + ": top edge").isGreaterThanOrEqualTo(0);
		assertThat((long) box.getX() + box.getWidth()).as(what + ": right edge").isLessThanOrEqualTo(width);
		assertThat((long) box.getY() + box.getHeight()).as(what + ": bottom edge").isLessThanOrEqualTo(height);
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

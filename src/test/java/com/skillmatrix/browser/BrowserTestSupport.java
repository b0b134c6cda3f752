package com.skillmatrix.browser;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.skillmatrix.WebTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Browser tests against the application on its random port. Browsers start once per test class, one for each
 * combination of script and width asked for, and close after it.
 */
@WebTest
@Tag("browser")
abstract class BrowserTestSupport {

	private static final Map<String, ChromeDriver> drivers = new HashMap<>();

	@LocalServerPort
	private int port;

	@BeforeAll
	static void browserInstalled() {
		Chromium.assumeInstalled();
	}

	@AfterAll
	static void closeBrowsers() {
		drivers.values().forEach(ChromeDriver::quit);
		drivers.clear();
	}

	/** A browser at 1280 px with JavaScript on or off. */
	ChromeDriver browser(boolean javascript) {
		return browser(javascript, 1280);
	}

	ChromeDriver browser(boolean javascript, int width) {
		return drivers.computeIfAbsent(javascript + "/" + width, (key) -> Chromium.start(javascript, width));
	}

	/** Opens a path of the application. */
	ChromeDriver open(ChromeDriver driver, String path) {
		driver.get(url(path));
		return driver;
	}

	/** Waits for a navigation that a click or a script started, such as the level picker's. */
	void waitForPath(ChromeDriver driver, String path) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url(path)));
	}

	/** Clicks a label and waits until its form control has changed state. */
	void tick(ChromeDriver driver, String id) {
		WebElement control = driver.findElement(By.id(id));
		boolean before = control.isSelected();
		driver.findElement(By.cssSelector("label[for='" + id + "']")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10)).until((d) -> control.isSelected() != before);
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}

package com.skillmatrix.browser;

import java.io.File;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's own Chromium and ChromeDriver (Debian's {@code chromium} and {@code chromium-driver}); nothing is
 * downloaded. Where they are missing the browser tests are skipped, except in CI (the variable {@code CI} set),
 * where that is a failure.
 */
final class Chromium {

	static final String BINARY = env("CHROMIUM_BIN", "/usr/bin/chromium");

	static final String DRIVER = env("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");

	private Chromium() {
	}

	/** Skips the calling tests, or fails them in CI, when the browser is not installed. */
	static void assumeInstalled() {
		if (new File(BINARY).canExecute() && new File(DRIVER).canExecute()) {
			return;
		}
		String message = "Browser tests need Chromium at " + BINARY + " and ChromeDriver at " + DRIVER
				+ ": install them with 'apt-get install chromium chromium-driver' (or set CHROMIUM_BIN and "
				+ "CHROMEDRIVER_BIN) to run these tests.";
		if (System.getenv("CI") != null) {
			Assertions.fail(message);
		}
		// Surefire does not print why a class was skipped: say it where a developer looks.
		System.err.println("[WARNING] Skipping browser tests. " + message);
		Assumptions.abort(message);
	}

	/** A headless browser of the given width, with JavaScript on or off. */
	static ChromeDriver start(boolean javascript, int width) {
		ChromeOptions options = new ChromeOptions();
		options.setBinary(BINARY);
		// As root and on a closed network, Chromium needs these to start and to stay quiet.
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-quic", "--hide-scrollbars", "--window-size=" + width + ",900");
		if (!javascript) {
			options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
		}
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.manage().window().setSize(new Dimension(width, 900));
		return driver;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value != null && !value.isBlank()) ? value : fallback;
	}

}

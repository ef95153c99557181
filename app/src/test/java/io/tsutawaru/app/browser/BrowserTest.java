package io.tsutawaru.app.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.tsutawaru.app.ServiceTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the tests that use the console as staff do, in a real headless Chromium against
 * the whole running service. One browser per test class; each test signs in afresh after
 * clearing cookies.
 *
 * <p>
 * Screenshots go to {@code target/screenshots}, or to the folder named by
 * {@code -Dtsutawaru.screenshots=} (the docs' screenshots are taken with
 * {@code -Dtsutawaru.screenshots=../docs/screenshots}); writing into the docs on every
 * run would leave every developer's work tree changed.
 */
@AutoConfigureTestRestTemplate
abstract class BrowserTest extends ServiceTest {

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	/**
	 * When a test fails, the page it was on is kept (picture and HTML) beside the test
	 * reports.
	 */
	@RegisterExtension
	final TestWatcher keepFailedPage = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (browser != null) {
				String name = "failed-" + context.getRequiredTestMethod().getName();
				try {
					Files.createDirectories(Path.of("target/screenshots"));
					Files.write(Path.of("target/screenshots", name + ".png"),
							browser.getScreenshotAs(OutputType.BYTES));
					Files.writeString(Path.of("target/screenshots", name + ".html"), browser.getPageSource());
				}
				catch (IOException | RuntimeException ex) {
					cause.addSuppressed(ex);
				}
			}
		}
	};

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	String url(String path) {
		return "http://localhost:" + port + path;
	}

	void open(String path) {
		browser.get(url(path));
	}

	void signInAs(String user) {
		browser.manage().deleteAllCookies();
		open("/login?lang=ja");
		browser.findElement(By.id("username")).sendKeys(user);
		browser.findElement(By.id("password")).sendKeys(user + "-password");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		waitFor().until(ExpectedConditions.urlToBe(url("/console")));
	}

	/**
	 * Waits up to a minute — generous, because the tests check what happens, not how fast
	 * (the benchmarks do that) and CI machines are slow; an element replaced while
	 * waiting (pages that refresh themselves) is looked up again.
	 */
	WebDriverWait waitFor() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60), Duration.ofMillis(50));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	/**
	 * Waits until the page a click navigated to has loaded with its deferred scripts: a
	 * button found while the page is still loading is there before its script listens to
	 * it, and a click on it does nothing (a slow CI machine showed this as a confirmation
	 * dialog that never opened).
	 */
	void awaitPageLoaded() {
		waitFor().until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
	}

	WebElement byId(String id) {
		return browser.findElement(By.id(id));
	}

	void screenshot(String name) {
		Path folder = Path.of(System.getProperty("tsutawaru.screenshots", "target/screenshots"));
		// The whole page, not just the window: grow the window to the page's height for
		// the picture.
		Dimension window = browser.manage().window().getSize();
		browser.executeScript("window.scrollTo(0, 0)");
		long height = (Long) browser.executeScript("return Math.ceil(document.documentElement.scrollHeight)");
		browser.manage()
			.window()
			.setSize(new Dimension(window.getWidth(), (int) Math.min(Math.max(height, 600), 4000)));
		try {
			Files.createDirectories(folder);
			Files.write(folder.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			browser.manage().window().setSize(window);
		}
	}

}

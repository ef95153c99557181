package io.tsutawaru.app.browser;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.SafetyAnswer;
import io.tsutawaru.notifier.SafetyAnswers;
import io.tsutawaru.notifier.Subscribers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-up page's list of residents who need help is pushed live (issue 18): two
 * members of staff have the same alert's page open, neither reloads; a resident's
 * 支援が必要です, then their place and note, appear on both, and 対応済みにする clicked on one page
 * shows as handled, by whom, on the other.
 */
class HelpListLiveBrowserTests extends BrowserTest {

	@Autowired
	SafetyAnswers answers;

	@Autowired
	Subscribers subscribers;

	@Autowired
	TestRestTemplate http;

	@Test
	void aRequestForHelpAndItsHandlingShowOnEveryOpenPageWithoutAReload() {
		long needy = subscribers.followed("U" + UUID.randomUUID().toString().replace("-", "")).id();
		long notice = sendSafetyAlert();
		ChromeDriver colleague = Chromium.start();
		try {
			signInAs("emergency");
			open("/console/emergency/" + notice);
			signIn(colleague, "admin");
			colleague.get(url("/console/emergency/" + notice));
			// Both pages are marked so that a reload, which would also show the list,
			// is noticed.
			for (WebDriver page : new WebDriver[] { browser, colleague }) {
				wait(page).until(ExpectedConditions.visibilityOfElementLocated(By.id("help-none")));
				((ChromeDriver) page).executeScript("document.body.dataset.notReloaded = 'yes'");
			}

			answers.answer(notice, needy, SafetyAnswer.HELP, Channel.LINE);
			String request = ".help-list li[data-subscriber='" + needy + "']";
			for (WebDriver page : new WebDriver[] { browser, colleague }) {
				wait(page).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(request)));
				assertThat(page.findElement(By.id("help-none")).isDisplayed()).isFalse();
			}
			answers.share(notice, needy, 35.7285, 137.9337, "足をけがして動けない");
			for (WebDriver page : new WebDriver[] { browser, colleague }) {
				wait(page)
					.until(driver -> driver.findElement(By.cssSelector(request)).getText().contains("足をけがして動けない"));
				assertThat(page.findElement(By.cssSelector(request + " a.map-link")).getDomAttribute("href"))
					.contains("mlat=35.7285")
					.contains("mlon=137.9337");
			}

			// The button the stream drew posts like the page's own (the session's CSRF
			// token with it).
			colleague.findElement(By.cssSelector(request + " button[type=submit]")).click();
			wait(browser)
				.until(driver -> driver.findElement(By.cssSelector(request)).getText().contains("対応済み（admin）"));
			assertThat(browser.findElements(By.cssSelector(request + " button[type=submit]"))).isEmpty();
			assertThat(browser.executeScript("return document.body.dataset.notReloaded")).isEqualTo("yes");
			assertThat(answers.needingHelp(notice)).singleElement()
				.satisfies(help -> assertThat(help.handledBy()).isEqualTo("admin"));
		}
		finally {
			colleague.quit();
			EmergencyStaffApi.cancel(http, notice, "試験の終わり");
		}
	}

	private long sendSafetyAlert() {
		ResponseEntity<Map> created = http.postForEntity("/api/notices", new HttpEntity<>("""
				{"title":"避難指示","body":"直ちに避難してください。","severity":"emergency","status":"exercise",
				 "kind":"evacuation-order","channels":["line"],"confirmation":"safety"}
				""", EmergencyStaffApi.headers()), Map.class);
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		return ((Number) created.getBody().get("id")).longValue();
	}

	private void signIn(ChromeDriver page, String user) {
		page.get(url("/login?lang=ja"));
		page.findElement(By.id("username")).sendKeys(user);
		page.findElement(By.id("password")).sendKeys(user + "-password");
		page.findElement(By.cssSelector("form button[type=submit]")).click();
		wait(page).until(ExpectedConditions.urlToBe(url("/console")));
	}

	private static WebDriverWait wait(WebDriver page) {
		WebDriverWait wait = new WebDriverWait(page, Duration.ofSeconds(60), Duration.ofMillis(50));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

}

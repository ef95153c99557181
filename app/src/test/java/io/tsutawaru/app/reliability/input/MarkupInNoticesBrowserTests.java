package io.tsutawaru.app.reliability.input;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.tsutawaru.app.ServiceTest;
import io.tsutawaru.app.browser.Chromium;
import io.tsutawaru.app.browser.EmergencyStaffApi;
import io.tsutawaru.app.embedded.EmbeddedMailbox;
import io.tsutawaru.notifier.SyntheticSubscribers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A notice whose text is HTML and JavaScript (issue 8, bad input), sent to the website,
 * e-mail and LINE, then read where people read it, in a real Chromium: the public page,
 * the banner on the city's homepage (another origin), the console's notice page, mailbox
 * and LINE sandbox. Everywhere the markup is shown as the text it is, no element of it
 * exists in the page, and none of its scripts ran (they would set a global and change the
 * title). The e-mail carries it as plain text.
 */
class MarkupInNoticesBrowserTests extends ServiceTest {

	private static final String MARKER = "XSS-" + UUID.randomUUID().toString().substring(0, 8);

	/**
	 * Each part, if the page treated it as HTML, would set window.pwned or the title, or
	 * add an element.
	 */
	private static final String TITLE = "<script>window.pwned=1;document.title='pwned'</script><img src=x onerror=\"window.pwned=2\">"
			+ MARKER;

	private static final String BODY = "<b id=\"injected\">太字</b><svg onload=\"window.pwned=3\"></svg>"
			+ "<a href=\"javascript:window.pwned=4\">link</a>\"'--></textarea></title><iframe srcdoc=\"x\"></iframe>";

	static ChromeDriver browser;

	static final WireMockServer cityHomepage = new WireMockServer(options().dynamicPort());

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	@Autowired
	EmbeddedMailbox mailbox;

	@Autowired
	SyntheticSubscribers residents;

	@BeforeAll
	static void start() {
		browser = Chromium.start();
		cityHomepage.start();
	}

	@AfterAll
	static void stop() {
		if (browser != null) {
			browser.quit();
		}
		cityHomepage.stop();
	}

	@Test
	void markupInANoticeIsShownAsTextEverywhereAndNeverRuns() {
		residents.generate(20, 8);
		long id = issueAlert();
		await().atMost(Duration.ofMinutes(1))
			.until(() -> http.getForEntity("/notices/" + id, String.class).getStatusCode().value() == 200);

		showsAsText("http://localhost:" + port + "/notices/" + id, "main, body");
		showsAsText("http://localhost:" + port + "/notices", "body");
		showsBannerOnAnotherOrigin();

		signIn();
		showsAsText("http://localhost:" + port + "/console/notices/" + id, "main");
		showsAsText("http://localhost:" + port + "/console/notices", "main");
		await().atMost(Duration.ofMinutes(1))
			.until(() -> mailbox.newest(200).stream().anyMatch(mail -> mail.subject().contains(MARKER)));
		showsAsText("http://localhost:" + port + "/console/mailbox", "main");
		showsAsText("http://localhost:" + port + "/console/sandbox", "main");

		var mail = mailbox.newest(200).stream().filter(m -> m.subject().contains(MARKER)).findFirst().orElseThrow();
		assertThat(mail.subject()).contains(TITLE);
		assertThat(mail.text()).contains(BODY).doesNotContain("&lt;");

		// Cancelled, so the later tests' pages and screenshots do not carry this exercise
		// as the current emergency.
		EmergencyStaffApi.cancel(http, id, "test over");
	}

	private long issueAlert() {
		HttpHeaders headers = EmergencyStaffApi.headers();
		Map<String, Object> notice = Map.of("title", TITLE, "body", BODY, "severity", "emergency", "status", "exercise",
				"channels", List.of("line", "email", "website"), "segmentRule", "all", "areaNames", List.of("北部"));
		ResponseEntity<Map> created = http.postForEntity("/api/notices", new HttpEntity<>(notice, headers), Map.class);
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		return ((Number) created.getBody().get("id")).longValue();
	}

	/**
	 * The page shows the markup as text, holds none of its elements, and ran none of its
	 * scripts.
	 */
	private void showsAsText(String url, String container) {
		browser.get(url);
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(100));
		// textContent rather than the visible text: the console keeps call and mail
		// bodies in closed <details>.
		wait.until(driver -> textOf(container).contains(MARKER));
		String text = textOf(container);
		assertThat(text).as(url).contains("<script>window.pwned=1;");
		assertThat(browser.executeScript("return typeof window.pwned")).as(url).isEqualTo("undefined");
		assertThat(browser.getTitle()).as(url).isNotEqualTo("pwned");
		assertThat(browser.findElements(
				By.cssSelector("#injected, img[src=x], svg[onload], iframe[srcdoc], " + "a[href^=javascript]")))
			.as(url)
			.isEmpty();
	}

	private String textOf(String container) {
		return browser.findElement(By.cssSelector(container)).getDomProperty("textContent");
	}

	/**
	 * The city's homepage, served from another origin, includes the banner script as
	 * documented; the banner appears (CORS lets the script read the data) with the
	 * headline as text.
	 */
	private void showsBannerOnAnotherOrigin() {
		cityHomepage.stubFor(get("/").willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
			.withBody("<!doctype html><html><head><title>City</title><script src=\"http://127.0.0.1:" + port
					+ "/notices/banner.js\" defer></script></head><body><p>city homepage</p></body></html>")));
		browser.get("http://localhost:" + cityHomepage.port() + "/");
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20), Duration.ofMillis(100));
		wait.until(driver -> !driver.findElements(By.id("tsutawaru-emergency-banner")).isEmpty()
				&& driver.findElement(By.id("tsutawaru-emergency-banner")).getText().contains(MARKER));
		assertThat(browser.findElement(By.id("tsutawaru-emergency-banner")).getText()).contains("<script>");
		assertThat(browser.executeScript("return typeof window.pwned")).isEqualTo("undefined");
		assertThat(browser.getTitle()).isEqualTo("City");
	}

	private void signIn() {
		browser.manage().deleteAllCookies();
		browser.get("http://localhost:" + port + "/login");
		browser.findElement(By.id("username")).sendKeys("admin");
		browser.findElement(By.id("password")).sendKeys("admin-password");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> driver.getCurrentUrl().endsWith("/console"));
	}

}

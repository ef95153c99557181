package io.tsutawaru.app.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.tsutawaru.bot.HandOff;
import io.tsutawaru.bot.HandOffs;
import io.tsutawaru.kb.FaqEditor;
import io.tsutawaru.notifier.SyntheticSubscribers;
import io.tsutawaru.shelters.Crowding;
import io.tsutawaru.shelters.Hazard;
import io.tsutawaru.shelters.ListKind;
import io.tsutawaru.shelters.ListedShelter;
import io.tsutawaru.shelters.ShelterImport;
import io.tsutawaru.shelters.Shelters;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.ResponseEntity;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * axe-core over every public page (the notice list, a notice, the banner on the city's
 * homepage, sign-in, the sandbox chat) and every console page as an administrator sees
 * them, with data on them (a notice, a report, a hand-off, an FAQ entry): no violation of
 * WCAG 2.1 A/AA, the level of JIS X 8341-3:2016 AA. Every page's violations are collected
 * before failing, so that one run lists them all.
 */
class AccessibilityBrowserTests extends BrowserTest {

	static final WireMockServer cityHomepage = new WireMockServer(options().dynamicPort());

	@Autowired
	TestRestTemplate http;

	@Autowired
	SyntheticSubscribers residents;

	@Autowired
	HandOffs handOffs;

	@Autowired
	FaqEditor faq;

	@Autowired
	ShelterImport shelterImport;

	@Autowired
	Shelters shelters;

	private final List<String> found = new ArrayList<>();

	private final SandboxChat chat = new SandboxChat(this);

	@BeforeAll
	static void startHomepage() {
		cityHomepage.start();
	}

	@AfterAll
	static void stopHomepage() {
		cityHomepage.stop();
	}

	/**
	 * An open shelter, so the shelter page and the emergency's page show the list, not
	 * only its empty sentence.
	 */
	private void openAShelter() {
		String id = "A11Y-" + UUID.randomUUID().toString().substring(0, 8);
		shelterImport.write(List.of(new ListedShelter(ListKind.SHELTER, "209999", id, "アクセシビリティ小学校", "", "つたわる市本町1",
				36.0, 138.0, Set.of(Hazard.EARTHQUAKE), 100)));
		shelters.mark(shelters.search("", false)
			.stream()
			.filter(s -> s.listed().sourceId().equals(id))
			.findFirst()
			.orElseThrow()
			.id(), true, Crowding.CROWDED, "emergency");
	}

	@Test
	void publicPagesHaveNoWcagAaViolations() {
		residents.generate(20, 5);
		long id = sendExerciseAlert("A11Y-" + UUID.randomUUID().toString().substring(0, 8));
		openAShelter();
		await().until(() -> http.getForEntity("/notices/" + id, String.class).getStatusCode().value() == 200);
		browser.manage().deleteAllCookies();
		check("/notices");
		check("/notices?lang=en");
		check("/notices/" + id);
		check("/notices/" + id + "?lang=easy-ja");
		check("/notices/999999999");
		check("/shelters");
		check("/shelters?lang=easy-ja");
		check("/login");
		check("/sandbox/chat");

		// The banner as it appears on the city's own homepage (another origin): a plain,
		// accessible page of the city
		// so that what axe finds is the banner's.
		cityHomepage.stubFor(get("/").willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
			.withBody("<!doctype html><html lang=\"ja\"><head><title>市のホームページ</title><script src=\"http://127.0.0.1:"
					+ port + "/notices/banner.js\" defer></script></head><body><main><h1>市のホームページ</h1>"
					+ "<p>ようこそ</p></main></body></html>")));
		browser.get("http://localhost:" + cityHomepage.port() + "/");
		waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("tsutawaru-emergency-banner")));
		collect("banner on the city's homepage");
		cancel(id);
		browser.get("http://localhost:" + cityHomepage.port() + "/");
		waitFor().until(driver -> "true"
			.equals(driver.findElement(By.id("tsutawaru-emergency-banner")).getDomAttribute("data-cancelled")));
		collect("cancelled banner on the city's homepage");

		assertThat(found).as("axe-core violations (WCAG 2.1 AA)").isEmpty();
	}

	@Test
	void consolePagesHaveNoWcagAaViolations() {
		residents.generate(20, 7);
		String marker = "A11Y-" + UUID.randomUUID().toString().substring(0, 8);
		long id = sendExerciseAlert(marker);
		String report = reportThroughTheChat("通報者" + marker);
		collect("/sandbox/chat (a report made)");
		screenshot("sandbox-chat-report");
		HandOff handOff = handOffThroughTheChat("相談者" + marker);

		signInAs("admin");
		for (String path : List.of("/console", "/console/emergency", "/console/emergency/" + id, "/console/compose",
				"/console/approvals", "/console/notices", "/console/notices/" + id, "/console/schedules", "/console/kb",
				"/console/kb/entries", "/console/kb/entries/new", "/console/kb/entries/" + faq.list().getFirst().id(),
				"/console/kb/import", "/console/kb/feedback", "/console/kb/unanswered", "/console/reports",
				"/console/reports/" + report, "/console/handoffs", "/console/handoffs/" + handOff.id(),
				"/console/mailbox", "/console/sandbox", "/console/admin/audit", "/console/admin/jobs", "/console/jma",
				"/console/emergency/shelters", "/console/notices/999999999")) {
			check(path);
		}
		// The emergency screen's confirmation step, open.
		open("/console/emergency");
		browser.findElement(By.cssSelector("input[name=kind][value='evacuation-order']")).click();
		browser.findElement(By.cssSelector("input[name=areas][value='北部']")).click();
		byId("review").click();
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
		collect("/console/emergency (confirmation)");
		signInAs("pr");
		check("/console/admin/audit");

		assertThat(found).as("axe-core violations (WCAG 2.1 AA)").isEmpty();
	}

	private void check(String path) {
		open(path);
		waitFor().until(driver -> "complete".equals(browser.executeScript("return document.readyState")));
		collect(path);
	}

	private void collect(String page) {
		browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
		for (String violation : Axe.violations(browser)) {
			found.add(page + ": " + violation);
		}
	}

	private long sendExerciseAlert(String marker) {
		Map<String, Object> notice = Map.of("title", "【訓練】避難指示 " + marker, "body", "訓練です。北部に避難指示。", "severity",
				"emergency", "status", "exercise", "channels", List.of("line", "email", "website"), "segmentRule",
				"all", "areaNames", List.of("北部"));
		ResponseEntity<Map> created = http.postForEntity("/api/notices",
				new HttpEntity<>(notice, EmergencyStaffApi.headers()), Map.class);
		assertThat(created.getStatusCode().value()).isEqualTo(201);
		return ((Number) created.getBody().get("id")).longValue();
	}

	private void cancel(long id) {
		EmergencyStaffApi.cancel(http, id, "訓練終了");
	}

	/**
	 * A road-damage report made as a resident does it in the sandbox chat; its number.
	 */
	private String reportThroughTheChat(String resident) {
		chat.as(resident);
		chat.say("通報");
		chat.tap("道路の損傷");
		chat.tap("写真なし");
		byId("show-location").click();
		byId("location-form").findElement(By.cssSelector("button[type=submit]")).click();
		chat.tap("コメントなし");
		waitFor().until(driver -> chat.timeline().contains("受付番号"));
		return chat.timeline().replaceAll("(?s).*受付番号：(R-\\d+).*", "$1");
	}

	private HandOff handOffThroughTheChat(String resident) {
		chat.as(resident);
		chat.say("職員と話したい");
		String words = "qzx " + resident;
		waitFor().until(driver -> chat.timeline().contains("職員"));
		chat.say(words);
		return await().until(() -> handOffs.open()
			.stream()
			.filter(open -> open.messages().stream().anyMatch(message -> message.text().equals(words)))
			.findFirst()
			.orElse(null), open -> open != null);
	}

}

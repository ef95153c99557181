package io.tsutawaru.app.browser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit log at volume: filtered by person, kind and the city's days, paged, exported
 * as CSV (the export itself recorded), and a refused sign-in kept in the database, not
 * only in the login throttle's memory.
 */
class AuditLogBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRefusedSignInIsInTheAuditLog() {
		String typed = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
		browser.manage().deleteAllCookies();
		open("/login?lang=ja");
		byId("username").sendKeys(typed);
		byId("password").sendKeys("wrong-password");
		browser.findElement(By.cssSelector("form button[type=submit]")).click();
		waitFor().until(ExpectedConditions.urlContains("error"));

		// Kept in the database: what survives a restart, unlike the throttle's counts.
		assertThat(jdbc.sql("SELECT COUNT(*) FROM staff_actions WHERE username = ? AND action = 'SIGN-FAIL'")
			.param(typed)
			.query(Long.class)
			.single()).isEqualTo(1);
		signInAs("admin");
		open("/console/admin/audit");
		byId("who").sendKeys(typed);
		new Select(byId("kind")).selectByValue("SIGN_IN_FAILED");
		byId("who").submit();
		waitFor().until(driver -> byId("audit-pager").getText().contains("全1件"));
		WebElement row = browser.findElement(By.cssSelector("#staff-actions tbody tr"));
		assertThat(row.findElement(By.className("actor")).getText()).isEqualTo(typed);
		assertThat(row.findElement(By.className("action")).getText()).isEqualTo("サインインの失敗");
	}

	@Test
	void staffActionsAreFilteredByPersonAndTheCitysDaysPagedAndExported() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String bulk = "bulk-" + run;
		for (int i = 0; i < 120; i++) {
			record(bulk, "POST", i == 7 ? "=1+1" : "/console/kb/entries/vol-" + i,
					OffsetDateTime.now().minusMinutes(i));
		}
		// 00:30 on 1 April in Tokyo is still 31 March in UTC: the filter counts the
		// city's days.
		String early = "early-" + run;
		record(early, "POST", "/console/compose", OffsetDateTime.parse("2025-04-01T00:30:00+09:00"));

		signInAs("admin");
		open("/console/admin/audit");
		byId("who").sendKeys(bulk);
		byId("who").submit();
		waitFor().until(driver -> byId("audit-pager").getText().contains("全120件"));
		assertThat(browser.findElements(By.cssSelector("#staff-actions tbody tr"))).hasSize(50);
		screenshot("audit-filtered");
		browser.findElement(By.cssSelector("#audit-pager .pager-last")).click();
		waitFor().until(driver -> byId("audit-pager").getText().contains("3/3"));
		assertThat(browser.findElements(By.cssSelector("#staff-actions tbody tr"))).hasSize(20);

		open("/console/admin/audit?who=" + early + "&from=2025-04-01&to=2025-04-01");
		assertThat(byId("audit-pager").getText()).contains("全1件");
		open("/console/admin/audit?who=" + early + "&from=2025-03-31&to=2025-03-31");
		assertThat(browser.findElements(By.cssSelector("#staff-actions tbody tr"))).isEmpty();

		// The export holds what the filter selects, every cell safe to open in a
		// spreadsheet.
		open("/console/admin/audit?who=" + bulk);
		String csv = download(byId("audit-csv").getDomProperty("href"));
		List<String> lines = csv.lines().toList();
		assertThat(lines.getFirst()).isEqualTo("\uFEFFat,username,action,path,status,subjects");
		assertThat(lines).hasSize(121);
		assertThat(lines).anySatisfy(line -> assertThat(line).contains(bulk + ",POST,'=1+1,200"));
		// Handing the log out is recorded like a reading of personal data.
		open("/console/admin/audit?who=admin&kind=READ");
		assertThat(browser.findElement(By.cssSelector("#staff-actions tbody tr")).getText())
			.contains("/console/admin/audit.csv", "操作記録 120件");
	}

	private void record(String username, String action, String path, OffsetDateTime at) {
		jdbc.sql("INSERT INTO staff_actions (at, username, action, path, status) VALUES (?, ?, ?, ?, 200)")
			.params(Timestamp.from(at.toInstant()), username, action, path)
			.update();
	}

	/** Downloads as the signed-in browser does, with its session. */
	private String download(String href) throws IOException, InterruptedException {
		String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", "JSESSIONID=" + session).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
		return response.body();
	}

}

package io.tsutawaru.app.browser;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import io.tsutawaru.notifier.Notices;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, items 8 and 10, in the console as staff use it: the compose form refuses a
 * title with an invisible character (naming the field and where it is) and a
 * {@code javascript:} link, keeping what staff typed; an upload or a form too large for
 * the service gets the console's own page; a job run without a report is "not found".
 */
class InputLimitsBrowserTests extends BrowserTest {

	@Autowired
	Notices notices;

	@Test
	void theComposeFormNamesAnInvisibleCharacterAndAScriptLinkAndKeepsWhatWasTyped() {
		signInAs("pr");
		open("/console/compose");
		String marker = UUID.randomUUID().toString().substring(0, 8);
		// A character pasted from another program, invisible in the field.
		browser.executeScript("document.getElementById('title').value = arguments[0]", "大雨\u0001警報 " + marker);
		byId("body").sendKeys("川に近づかないでください。");
		byId("submit-for-approval").click();

		waitFor().until(driver -> driver.findElements(By.id("problem")).size() == 1);
		// Said in the staff's Japanese, counting characters as people do (from 1).
		assertThat(byId("problem").getText()).contains("件名の 3 文字目", "U+0001");
		assertThat(byId("body").getDomProperty("value")).isEqualTo("川に近づかないでください。");

		browser.executeScript("document.getElementById('title').value = arguments[0]", "大雨警報 " + marker);
		byId("link").sendKeys("javascript:alert(document.cookie)");
		byId("submit-for-approval").click();

		waitFor().until(driver -> driver.findElement(By.id("problem")).getText().contains("詳しい情報のページ"));
		assertThat(byId("problem").getText()).contains("http://", "https://");
		assertThat(notices.recent(200)).noneMatch(notice -> notice.draft().title().contains(marker));
	}

	@Test
	void anUploadTooLargeForTheServiceGetsTheConsolesOwnPage() throws IOException {
		Path file = Files.createTempFile(Path.of("target"), "too-large-", ".csv");
		try (RandomAccessFile sized = new RandomAccessFile(file.toFile(), "rw")) {
			sized.setLength(25L * 1024 * 1024);
		}
		try {
			signInAs("editor");
			open("/console/kb/import");
			byId("file").sendKeys(file.toAbsolutePath().toString());
			byId("import").click();
			waitFor().until(driver -> driver.findElements(By.tagName("h1"))
				.stream()
				.anyMatch(h1 -> h1.getText().contains("送られた内容が大きすぎます")));
			assertThat(browser.getPageSource()).contains("HTTP 413");
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	@Test
	void aFormTooLargeForTheServiceGetsTheConsolesOwnPage() {
		signInAs("pr");
		open("/console/compose");
		browser.executeScript("document.getElementById('body').value = 'あ'.repeat(600000)");
		byId("title").sendKeys("長すぎる本文");
		byId("submit-for-approval").click();
		waitFor().until(driver -> driver.findElements(By.tagName("h1"))
			.stream()
			.anyMatch(h1 -> h1.getText().contains("送られた内容が大きすぎます")));
	}

	@Test
	void aJobRunWithoutAReportIsTheConsolesNotFoundPage() {
		signInAs("admin");
		open("/console/admin/jobs/runs/987654321/report");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("ページが見つかりません");
		assertThat(browser.getPageSource()).contains("HTTP 404");
	}

}

package io.tsutawaru.app.browser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.UUID;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.StaffMember;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Administrators run a job with an uploaded file, watch it finish, find its report, and
 * read the audit log.
 */
class AdminBrowserTests extends BrowserTest {

	@Autowired
	Notices notices;

	@Test
	void anAdministratorImportsASubscriberListAndGetsTheRejectedRows() throws IOException {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		Path list = Files.createTempFile(Path.of("target"), "subscribers-", ".csv");
		Files.writeString(list,
				"email,area,age_band,language,interests,confirmed\n" + "a-" + unique + "@example.jp,北部,30代,ja,防災,yes\n"
						+ "b-" + unique + "@example.jp,中央,40代,ja,防災|子育て,yes\n" + "not-an-address,北部,30代,ja,防災,yes\n",
				StandardCharsets.UTF_8);
		signInAs("admin");
		open("/console/admin/jobs");
		WebElement job = byId("job-subscriberImportJob");
		job.findElement(By.cssSelector("input[type=file]")).sendKeys(list.toAbsolutePath().toString());
		job.findElement(By.cssSelector("button[type=submit]")).click();
		waitFor().until(driver -> driver.findElements(By.id("done")).size() == 1);

		// The page refreshes itself while the job runs; wait for the newest run to end.
		waitFor().until(driver -> {
			WebElement newest = driver.findElement(By.cssSelector("#job-subscriberImportJob .runs tbody tr"));
			return newest.findElement(By.cssSelector(".run-status")).getText().equals("完了");
		});
		WebElement newest = browser.findElement(By.cssSelector("#job-subscriberImportJob .runs tbody tr"));
		assertThat(newest.getText()).contains("除外 1件");
		assertThat(newest.findElements(By.linkText("ダウンロード"))).hasSize(1);
		screenshot("jobs");
	}

	@Test
	void theAuditLogListsWhoDidWhat() {
		String title = "監査のテスト " + UUID.randomUUID().toString().substring(0, 8);
		notices.create(new NoticeDraft(title, "本文", null, null, null, null, Set.of(Channel.WEBSITE), "all", null, null,
				null, null, null, true), new StaffMember("pr", Set.of("PR")));
		signInAs("admin");
		open("/console/admin/audit");
		WebElement row = browser.findElement(By.xpath("//table[@id='audit']//tr[.//a[contains(., '" + title + "')]]"));
		assertThat(row.getText()).contains("pr", "作成", "お知らせ・本番・ウェブサイト");
		screenshot("audit");
	}

}

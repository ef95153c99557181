package io.tsutawaru.app.browser;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four-eyes rule in the console (issue 15, item 6): a PR notice changed after
 * approval goes back to approval, the pages say who may approve it (and tell the author
 * they may not), a reviewer returns a notice with a comment that its author sees and
 * answers, and a follow-up of a published notice waits for approval while the published
 * version stays.
 */
class NoticeReviewBrowserTests extends BrowserTest {

	@Test
	void changingAnApprovedNoticeSendsItBackToApprovalAndThePagesSayWhoMayApprove() {
		String marker = "変更-" + UUID.randomUUID().toString().substring(0, 8);
		String tomorrow = tomorrowAtNineThirty();
		String notice = composeForTomorrow(marker, tomorrow);
		approveAsAdmin(marker);
		assertThat(byId("notice-state").getText()).isEqualTo("配信予約");
		assertThat(byId("notice-approver").getText()).isEqualTo("admin");

		signInAs("pr");
		browser.get(notice);
		byId("edit-notice").click();
		assertThat(byId("edit-note").getText()).contains("もう一度ほかの職員の承認が必要");
		// The form keeps what the notice says, its send time included.
		assertThat(byId("title").getDomProperty("value")).contains(marker);
		assertThat(byId("sendAt").getDomProperty("value")).startsWith(tomorrow);
		byId("body").clear();
		byId("body").sendKeys("会場が市民会館から市民体育館に変わりました。");
		screenshot("notice-change");
		byId("submit-for-approval").click();

		waitFor().until(driver -> driver.findElements(By.id("done")).size() == 1);
		assertThat(browser.getCurrentUrl()).isEqualTo(notice);
		assertThat(byId("done").getText()).contains("承認するまで配信されません");
		assertThat(byId("notice-state").getText()).isEqualTo("承認待ち");
		assertThat(byId("notice-approver").getText()).isEqualTo("–");
		assertThat(byId("notice-edited-by").getText()).isEqualTo("pr");
		assertThat(byId("notice-send-at").getText()).isEqualTo(tomorrow.replace('T', ' '));
		WebElement approval = byId("approval");
		assertThat(approval.findElement(By.cssSelector(".reviewer-names")).getText()).isEqualTo("admin");
		assertThat(approval.findElement(By.cssSelector(".own-notice")).getText()).contains("承認も差し戻しもできません");
		screenshot("notice-back-to-approval");

		open("/console/approvals");
		WebElement own = approvalOf(marker);
		assertThat(own.findElement(By.cssSelector(".reviewer-names")).getText()).isEqualTo("admin");
		assertThat(own.findElement(By.cssSelector("button.primary")).isEnabled()).isFalse();
		assertThat(own.findElement(By.cssSelector("form.reject button")).isEnabled()).isFalse();

		approveAsAdmin(marker);
		assertThat(byId("notice-state").getText()).isEqualTo("配信予約");
		assertThat(browser.findElements(By.id("notice-edited-by"))).isEmpty();
	}

	@Test
	void aReviewerReturnsANoticeWithACommentAndItsAuthorChangesAndResubmitsIt() {
		String marker = "差戻-" + UUID.randomUUID().toString().substring(0, 8);
		String notice = composeForTomorrow(marker, tomorrowAtNineThirty());

		signInAs("admin");
		open("/console/approvals");
		// Without a comment the browser asks for one; were the form sent anyway, the
		// console says so.
		approvalOf(marker).findElement(By.cssSelector("form.reject button")).click();
		assertThat(browser.getCurrentUrl()).isEqualTo(url("/console/approvals"));
		assertThat(browser.findElements(By.id("done"))).isEmpty();
		WebElement comment = approvalOf(marker).findElement(By.cssSelector("form.reject textarea"));
		browser.executeScript("arguments[0].removeAttribute('required')", comment);
		approvalOf(marker).findElement(By.cssSelector("form.reject button")).click();
		waitFor().until(driver -> driver.findElements(By.id("problem")).size() == 1);
		assertThat(byId("problem").getText()).contains("コメント");

		approvalOf(marker).findElement(By.cssSelector("form.reject textarea")).sendKeys("日付が違います。来月の第2土曜日に直してください。");
		screenshot("approvals-return");
		approvalOf(marker).findElement(By.cssSelector("form.reject button")).click();
		waitFor().until(driver -> driver.findElements(By.id("done")).size() == 1);
		assertThat(browser.getCurrentUrl()).isEqualTo(notice);
		assertThat(byId("done").getText()).contains("差し戻しました");
		assertThat(byId("notice-state").getText()).isEqualTo("差し戻し");
		assertThat(byId("returned").getText()).contains("admin さんが", "に差し戻しました", "来月の第2土曜日に直してください。");
		assertThat(browser.findElement(By.xpath("//tr[td[3][.='差し戻し']]")).getText()).contains("admin", "来月の第2土曜日");

		signInAs("pr");
		browser.get(notice);
		assertThat(byId("returned").getText()).contains("来月の第2土曜日に直してください。");
		screenshot("notice-returned");
		assertThat(byId("edit-notice").getText()).isEqualTo("直して承認を依頼し直す");
		byId("edit-notice").click();
		assertThat(byId("edit-note").getText()).contains("差し戻されたお知らせです");
		assertThat(byId("returned").getText()).contains("来月の第2土曜日に直してください。");
		byId("body").clear();
		byId("body").sendKeys("来月の第2土曜日に、市民会館で開きます。");
		byId("submit-for-approval").click();
		waitFor().until(driver -> driver.findElements(By.id("done")).size() == 1);
		assertThat(byId("notice-state").getText()).isEqualTo("承認待ち");
		// The reviewer sees what was asked until the notice is approved.
		assertThat(byId("returned").getText()).contains("来月の第2土曜日に直してください。");

		approveAsAdmin(marker);
		assertThat(byId("notice-state").getText()).isEqualTo("配信予約");
		assertThat(browser.findElements(By.id("returned"))).isEmpty();
	}

	@Test
	void aFollowUpOfAPublishedNoticeWaitsForApprovalWhileThePublishedVersionStays() {
		String marker = "続報-" + UUID.randomUUID().toString().substring(0, 8);
		signInAs("pr");
		open("/console/compose");
		byId("title").sendKeys("図書館の臨時休館 " + marker);
		byId("body").sendKeys("3日は臨時休館します。");
		// The website only: the test needs a published notice, not a fan-out.
		for (WebElement box : browser.findElements(By.cssSelector("input[name=channels]:checked"))) {
			if (!"website".equals(box.getDomProperty("value"))) {
				box.click();
			}
		}
		byId("submit-for-approval").click();
		waitFor().until(driver -> driver.findElements(By.id("done")).size() == 1);
		String notice = browser.getCurrentUrl();
		approveAsAdmin(marker);
		waitFor().until(driver -> driver.findElement(By.id("progress-state")).getText().equals("送信済み"));

		signInAs("pr");
		browser.get(notice);
		assertThat(byId("edit-notice").getText()).isEqualTo("続報を書く");
		byId("edit-notice").click();
		assertThat(byId("edit-note").getText()).contains("続報");
		assertThat(browser.findElements(By.id("segment-builder"))).isEmpty();
		byId("title").clear();
		byId("title").sendKeys("図書館の臨時休館（延長） " + marker);
		byId("body").clear();
		byId("body").sendKeys("臨時休館を5日まで延ばします。");
		byId("submit-for-approval").click();
		waitFor().until(driver -> driver.findElements(By.id("done")).size() == 1);
		assertThat(byId("done").getText()).contains("続報を保存しました");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("図書館の臨時休館 " + marker);
		assertThat(byId("follow-up").getText()).contains("承認待ちの続報", "臨時休館を5日まで延ばします。");
		assertThat(byId("approval").findElement(By.cssSelector(".reviewer-names")).getText()).isEqualTo("admin");

		// Residents still read the published version on the website.
		open("/notices/" + notice.substring(notice.lastIndexOf('/') + 1));
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("3日は臨時休館します。").doesNotContain("5日まで");

		signInAs("admin");
		open("/console/approvals");
		WebElement followUp = approvalOf("図書館の臨時休館（延長） " + marker);
		assertThat(followUp.getText()).contains("続報", "図書館の臨時休館 " + marker);
		screenshot("approvals-follow-up");
		followUp.findElement(By.cssSelector("button.primary")).click();
		waitFor().until(driver -> driver.findElements(By.id("done")).size() == 1);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("図書館の臨時休館（延長） " + marker);
		assertThat(browser.findElements(By.id("follow-up"))).isEmpty();
		// The public pages may be cached for 15 seconds; a new address is not.
		open("/notices/" + notice.substring(notice.lastIndexOf('/') + 1) + "?after=approval");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("臨時休館を5日まで延ばします。");
	}

	/**
	 * PR staff write a notice for tomorrow and submit it; answers the notice's console
	 * address.
	 */
	private String composeForTomorrow(String marker, String tomorrow) {
		signInAs("pr");
		open("/console/compose");
		byId("title").sendKeys("子育て応援フェスタ " + marker);
		byId("body").sendKeys("来月、市民会館で子育て応援フェスタを開きます。");
		browser.findElement(By.cssSelector("input[name=when][value=later]")).click();
		browser.executeScript("document.getElementById('sendAt').value = arguments[0]", tomorrow);
		byId("submit-for-approval").click();
		waitFor().until(driver -> driver.findElements(By.id("done")).size() == 1);
		assertThat(byId("notice-state").getText()).isEqualTo("承認待ち");
		return browser.getCurrentUrl();
	}

	private void approveAsAdmin(String marker) {
		signInAs("admin");
		open("/console/approvals");
		approvalOf(marker).findElement(By.cssSelector("button.primary")).click();
		waitFor().until(driver -> driver.findElements(By.id("done")).size() == 1);
	}

	private WebElement approvalOf(String marker) {
		return browser
			.findElement(By.xpath("//article[contains(@class, 'approval')][.//h2[contains(., '" + marker + "')]]"));
	}

	private static String tomorrowAtNineThirty() {
		return LocalDateTime.now(ZoneId.of("Asia/Tokyo"))
			.plusDays(1)
			.withHour(9)
			.withMinute(30)
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
	}

}

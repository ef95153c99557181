package io.tsutawaru.app.browser;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;

import io.tsutawaru.batch.BroadcastSchedules;
import io.tsutawaru.batch.BroadcastSchedules.Frequency;
import io.tsutawaru.batch.BroadcastSchedules.HandedOver;
import io.tsutawaru.batch.BroadcastSchedules.Recurrence;
import io.tsutawaru.batch.BroadcastSchedules.Schedule;
import io.tsutawaru.batch.BroadcastSchedules.Template;
import io.tsutawaru.notifier.Channel;

import io.tsutawaru.notifier.Segments;
import io.tsutawaru.notifier.StaffMember;
import io.tsutawaru.notifier.SyntheticSubscribers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PR staff write a notice with live previews and the segment builder's live reach,
 * schedule it for tomorrow and submit it; a second member of staff approves it and it
 * becomes a scheduled notice.
 */
class ComposeApprovalBrowserTests extends BrowserTest {

	private static final ZoneId CITY = ZoneId.of("Asia/Tokyo");

	@Autowired
	SyntheticSubscribers residents;

	@Autowired
	Segments segments;

	@Autowired
	BroadcastSchedules schedules;

	@Autowired
	JdbcClient jdbc;

	@Test
	void composeApproveAndSchedule() {
		residents.generate(30, 5);
		signInAs("pr");
		open("/console/compose");
		String marker = "PR-" + UUID.randomUUID().toString().substring(0, 8);
		byId("title").sendKeys("子育て応援フェスタのお知らせ " + marker);
		byId("body").sendKeys("来月、市民会館で子育て応援フェスタを開きます。");
		assertThat(byId("preview-line").getText()).contains("子育て応援フェスタのお知らせ", "市民会館");
		assertThat(byId("preview-mail-subject").getText()).contains(marker);
		assertThat(byId("preview-web-title").getText()).contains(marker);

		check("#segment-builder fieldset[data-attribute=area] input[value='北部']");
		check("#segment-builder fieldset[data-attribute=interests] input[value='子育て']");
		String rule = "area in (\"北部\") and \"子育て\" in interests";
		assertThat(byId("segmentRule").getDomProperty("value")).isEqualTo(rule);
		long expected = segments.preview(rule).line();
		waitFor().until(driver -> driver.findElement(By.id("reach-line")).getText().equals(String.valueOf(expected)));

		// Typing the rule by hand is checked the same way, with the parser's message for
		// a mistake.
		WebElement ruleText = byId("segmentRule");
		ruleText.sendKeys(" and");
		waitFor().until(driver -> driver.findElement(By.id("rule-error")).isDisplayed());
		ruleText.sendKeys(Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE, Keys.BACK_SPACE);
		waitFor().until(driver -> !driver.findElement(By.id("rule-error")).isDisplayed());

		browser.findElement(By.cssSelector("input[name=when][value=later]")).click();
		String tomorrow = LocalDateTime.now(ZoneId.of("Asia/Tokyo"))
			.plusDays(1)
			.withHour(9)
			.withMinute(30)
			.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
		browser.executeScript("document.getElementById('sendAt').value = arguments[0]", tomorrow);
		screenshot("compose");
		byId("submit-for-approval").click();

		waitFor().until(driver -> driver.findElements(By.id("done")).size() == 1);
		assertThat(byId("done").getText()).contains("承認を依頼しました");
		assertThat(byId("notice-state").getText()).isEqualTo("承認待ち");
		String noticeUrl = browser.getCurrentUrl();

		// The author may not approve their own notice; the button says why.
		open("/console/approvals");
		WebElement own = approvalOf(marker);
		assertThat(own.findElement(By.cssSelector("button")).isEnabled()).isFalse();

		signInAs("admin");
		open("/console/approvals");
		screenshot("approvals");
		approvalOf(marker).findElement(By.cssSelector("button")).click();
		waitFor().until(driver -> driver.findElements(By.id("done")).size() == 1);
		assertThat(browser.getCurrentUrl()).isEqualTo(noticeUrl);
		assertThat(byId("notice-state").getText()).isEqualTo("配信予約");
		assertThat(byId("notice-send-at").getText()).isEqualTo(tomorrow.replace('T', ' '));
		screenshot("notice");

		open("/console/notices");
		WebElement row = browser.findElement(By.xpath("//tr[.//a[contains(., '" + marker + "')]]"));
		assertThat(row.getText()).contains("配信予約");
	}

	@Test
	void aRecurringBroadcastIsComposedAndApprovedOnTheSchedulesPage() {
		signInAs("pr");
		open("/console/compose");
		String marker = "定期-" + UUID.randomUUID().toString().substring(0, 8);
		byId("title").sendKeys("今月の資源ごみ収集日 " + marker);
		byId("body").sendKeys("今月の資源ごみは、最終水曜日に収集します。");
		// The recurrence fields appear only once "repeat on a schedule" is chosen.
		assertThat(byId("repeat").isDisplayed()).isFalse();
		browser.findElement(By.cssSelector("input[name=when][value=recurring]")).click();
		assertThat(byId("repeat").isDisplayed()).isTrue();
		new Select(byId("repeat")).selectByValue("end_of_month");
		browser.executeScript("document.getElementById('repeatAt').value = '18:00'");
		screenshot("compose-recurring");
		byId("submit-for-approval").click();

		waitFor().until(driver -> driver.findElements(By.id("done")).size() == 1);
		assertThat(browser.getCurrentUrl()).isEqualTo(url("/console/schedules"));
		assertThat(scheduleOf(marker).getText()).contains("毎月末", "18:00", "承認待ち");
		assertThat(scheduleOf(marker).findElement(By.cssSelector("button.primary")).isEnabled()).isFalse();

		signInAs("admin");
		open("/console/schedules");
		scheduleOf(marker).findElement(By.cssSelector("button.primary")).click();
		waitFor().until(driver -> driver.findElements(By.id("done")).size() == 1);
		assertThat(scheduleOf(marker).findElement(By.cssSelector(".schedule-state")).getText()).isEqualTo("配信中");
		screenshot("schedules");
	}

	/**
	 * Issue 19, item 7: recurring broadcasts are no longer runs of a batch job on the
	 * jobs page; the schedule's own page shows each occurrence the task of every minute
	 * handed over, when, and the notice it became.
	 */
	@Test
	void theSchedulesPageShowsEachOccurrenceHandedOverWhenAndItsNotice() {
		String marker = "試験放送-" + UUID.randomUUID().toString().substring(0, 8);
		LocalTime at = LocalTime.now(CITY).truncatedTo(ChronoUnit.MINUTES).minusMinutes(1);
		// Emergency staff's schedules act alone: active at once, no second approval.
		Schedule schedule = schedules.create(
				new Template("防災無線の試験放送 " + marker, "本日正午に試験放送を行います。", null, "防災", Set.of(Channel.WEBSITE), "all"),
				new Recurrence(Frequency.DAILY, at, null, null), new StaffMember("emergency", Set.of("EMERGENCY")));
		// Made two days ago, so that today's occurrence (a minute ago) is due at the next
		// minute.
		jdbc.sql("UPDATE batch_broadcast_schedules SET created_at = ? WHERE id = ?")
			.params(OffsetDateTime.now(ZoneOffset.UTC).minusDays(2), schedule.id())
			.update();
		await().atMost(Duration.ofMinutes(2)).until(() -> !schedules.handedOver(schedule.id(), 10).isEmpty());
		HandedOver handedOver = schedules.handedOver(schedule.id(), 10).get(0);

		signInAs("pr");
		open("/console/schedules");
		WebElement row = scheduleOf(marker).findElement(By.cssSelector(".handed-over tr.occurrence"));
		assertThat(scheduleOf(marker).findElement(By.cssSelector(".handed-over h3")).getText()).isEqualTo("これまでの配信");
		assertThat(row.getText()).contains(
				DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(handedOver.occurrence().atZone(CITY)),
				DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").format(handedOver.handedOverAt().atZone(CITY)));
		screenshot("schedules-handed-over");
		row.findElement(By.cssSelector("a")).click();

		waitFor().until(driver -> driver.getCurrentUrl().endsWith("/console/notices/" + handedOver.noticeId()));
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains(marker);

		open("/console/schedules?lang=en");
		assertThat(scheduleOf(marker).findElement(By.cssSelector(".handed-over h3")).getText())
			.isEqualTo("Sent so far");
		assertThat(scheduleOf(marker).findElement(By.cssSelector(".handed-over tr.occurrence a")).getText())
			.isEqualTo("Open notice " + handedOver.noticeId());
	}

	private WebElement scheduleOf(String marker) {
		return browser
			.findElement(By.xpath("//article[contains(@class, 'schedule')][.//h2[contains(., '" + marker + "')]]"));
	}

	private void check(String selector) {
		browser.findElement(By.cssSelector(selector)).click();
	}

	private WebElement approvalOf(String marker) {
		return browser
			.findElement(By.xpath("//article[contains(@class, 'approval')][.//h2[contains(., '" + marker + "')]]"));
	}

}

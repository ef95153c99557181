package io.tsutawaru.app.browser;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.Confirmation;
import io.tsutawaru.notifier.Escalations;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeKind;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.Preferences;
import io.tsutawaru.notifier.Responses;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.notifier.StaffMember;
import io.tsutawaru.notifier.Subscribers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Escalation on the emergency follow-up page (issue 18): once the alert's wait is over,
 * the page shows, in the staff's language and without a reload, how many residents who
 * had not answered were reached again by e-mail and on LINE, and how many have no other
 * channel.
 */
class EscalationBrowserTests extends BrowserTest {

	@Autowired
	Notices notices;

	@Autowired
	Subscribers subscribers;

	@Autowired
	Escalations escalations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Test
	void theFollowUpPageShowsWhoWasReachedAgainOnAnotherChannel() {
		String lineUserId = "U" + UUID.randomUUID().toString().replace("-", "");
		subscribers.followed(lineUserId);
		subscribers.updatePreferences(lineUserId, new Preferences("北部", null, Set.of(), "ja"));
		jdbc.sql("UPDATE subscribers SET email = ?, email_confirmed = TRUE WHERE line_user_id = ?")
			.params("escalated-" + UUID.randomUUID() + "@example.jp", lineUserId)
			.update();
		NoticeView notice = notices.create(
				new NoticeDraft("川の水位が上がっています", "北部の方は避難してください。", null, Severity.EMERGENCY, AlertStatus.ACTUAL, null,
						Set.of(Channel.LINE), "area = \"北部\"", Map.of(), List.of(), List.of(), null, null, false,
						NoticeKind.EVACUATION_ORDER)
					.asking(Confirmation.SAFETY, 30),
				new StaffMember("emergency", Set.of("EMERGENCY")));
		signInAs("emergency");
		open("/console/emergency/" + notice.id());
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("answers")));
		assertThat(byId("answers-escalated").isDisplayed()).as("not escalated yet").isFalse();

		escalations.escalateDue(Clock.offset(clock, Duration.ofMinutes(31)).instant());

		waitFor().until(driver -> byId("answers-escalated").isDisplayed() && !cell("email").equals("0"));
		waitFor().until(driver -> {
			Responses.Escalated escalated = escalations.of(notice.id()).orElseThrow();
			return cell("email").equals(String.valueOf(escalated.email()))
					&& cell("line").equals(String.valueOf(escalated.line()))
					&& cell("noOtherChannel").equals(String.valueOf(escalated.noOtherChannel()));
		});
		assertThat(byId("answers-escalated").findElement(By.tagName("caption")).getText())
			.isEqualTo("未回答の住民へのほかの連絡先での再送");
		assertThat(byId("answers-escalated").findElements(By.tagName("th"))).extracting(th -> th.getText())
			.containsExactly("メールで再送", "LINEで再送", "ほかの連絡先なし");
		screenshot("emergency-escalated");
	}

	/**
	 * The progress bars of the notice's page count its first send; once the escalation
	 * ran they stay as they were, and the residents sent it again show apart, per channel
	 * it went on, labelled as a resend, never above 100 % — in Japanese, and in English
	 * when the staff member switches.
	 */
	@Test
	void theProgressBarsTellTheEscalationFromTheFirstSend() {
		String lineUserId = "U" + UUID.randomUUID().toString().replace("-", "");
		subscribers.followed(lineUserId);
		subscribers.updatePreferences(lineUserId, new Preferences("南部", null, Set.of(), "ja"));
		jdbc.sql("UPDATE subscribers SET email = ?, email_confirmed = TRUE WHERE line_user_id = ?")
			.params("resent-" + UUID.randomUUID() + "@example.jp", lineUserId)
			.update();
		NoticeView notice = notices.create(
				new NoticeDraft("土砂災害の危険があります", "南部の方は避難してください。", null, Severity.EMERGENCY, AlertStatus.ACTUAL, null,
						Set.of(Channel.LINE), "area = \"南部\"", Map.of(), List.of(), List.of(), null, null, false,
						NoticeKind.EVACUATION_ORDER)
					.asking(Confirmation.SAFETY, 30),
				new StaffMember("emergency", Set.of("EMERGENCY")));
		waitFor().until(driver -> notices.find(notice.id()).state() == NoticeState.SENT);
		signInAs("emergency");
		open("/console/notices/" + notice.id());
		String line = barFigures("li[data-channel=line]");
		assertThat(browser.findElements(By.id("progress-escalation"))).as("not escalated yet").isEmpty();

		escalations.escalateDue(Clock.offset(clock, Duration.ofMinutes(31)).instant());
		waitFor().until(driver -> notices.find(notice.id())
			.escalation()
			.get(Channel.EMAIL) instanceof NoticeView.ChannelProgress p && p.planned() > 0
				&& p.sent() + p.failed() == p.planned());
		NoticeView.ChannelProgress resent = notices.find(notice.id()).escalation().get(Channel.EMAIL);
		open("/console/notices/" + notice.id());

		assertThat(barFigures("li[data-channel=line]")).as("the first send as it was").isEqualTo(line);
		assertThat(browser.findElements(By.cssSelector("#progress li[data-channel=email]")))
			.as("e-mail was not a channel of the first send")
			.isEmpty();
		assertThat(byId("progress-escalation-title").getText()).isEqualTo("未回答の住民へのほかの連絡先での再送（最初の送信とは別に数えます）");
		assertThat(browser.findElement(By.cssSelector("#progress-escalation li[data-resent-channel=email] label"))
			.getText()).isEqualTo("再送（メール）");
		assertThat(barFigures("li[data-resent-channel=email]"))
			.isEqualTo("100% (" + resent.sent() + " / " + resent.planned() + ")");
		assertThat(byId("bar-resent-email").getAttribute("value")).isEqualTo("100");
		screenshot("notice-progress-escalated");

		open("/console/notices/" + notice.id() + "?lang=en");
		assertThat(byId("progress-escalation-title").getText())
			.isEqualTo("Sent again to residents who did not answer, on their other channel (counted apart from the "
					+ "first send)");
		assertThat(browser.findElement(By.cssSelector("#progress-escalation li[data-resent-channel=email] label"))
			.getText()).isEqualTo("Resent (E-mail)");
		open("/console/notices/" + notice.id() + "?lang=ja");
	}

	private String barFigures(String row) {
		return browser.findElement(By.cssSelector("#progress " + row + " .bar-figures")).getText();
	}

	private String cell(String name) {
		return byId("answers-escalated").findElement(By.cssSelector("td." + name)).getText();
	}

}

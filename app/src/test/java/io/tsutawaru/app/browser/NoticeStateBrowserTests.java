package io.tsutawaru.app.browser;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeKind;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.notifier.StaffMember;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 20: a notice's page opened while it was being sent kept saying 送信中 in its header
 * after its delivery section had moved on to 送信済み. The page has one state, the live one,
 * wherever it shows it.
 */
class NoticeStateBrowserTests extends BrowserTest {

	@Autowired
	Notices notices;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theHeaderFollowsTheDeliveryToTheEndOnAPageOpenedMidSend() {
		NoticeView notice = notices.create(
				new NoticeDraft("断水のお知らせ " + UUID.randomUUID().toString().substring(0, 8), "本日14時から16時まで断水します。", null,
						Severity.EMERGENCY, AlertStatus.ACTUAL, null, Set.of(Channel.WEBSITE), "all", Map.of(),
						List.of(), List.of(), null, null, false, NoticeKind.WATER_OUTAGE),
				new StaffMember("emergency", Set.of("EMERGENCY")));
		await().until(() -> notices.find(notice.id()).state() == NoticeState.SENT);
		signInAs("emergency");
		// The page is opened while the notice is still being sent. A website document
		// goes out faster than a browser
		// opens a page, so the notice is put back to where it was before its recipients
		// were planned: its delivery
		// plan unfinished and its end not yet announced (and the ledger's sweeper told
		// that the planning is under
		// way, so it does not plan again meanwhile).
		jdbc.sql("UPDATE notices SET state = 'SENDING' WHERE id = ?").param(notice.id()).update();
		jdbc.sql("""
				UPDATE delivery_plans SET recipients_planned_revision = revision - 1, announced_revision = revision - 1,
				    recipients_progress_at = ? WHERE notice_id = ?""")
			.params(OffsetDateTime.now(ZoneOffset.UTC).plusHours(1), notice.id())
			.update();
		open("/console/notices/" + notice.id());
		assertThat(byId("notice-state").getText()).isEqualTo("送信中");
		assertThat(byId("progress-state").getText()).isEqualTo("送信中");

		// The planning finishes: the delivery announces the plan's end (its sweeper
		// repeats an announcement it finds
		// missing) and the notice becomes SENT by itself, as after any delivery.
		jdbc.sql(
				"UPDATE delivery_plans SET recipients_planned_revision = revision, recipients_progress_at = NULL WHERE notice_id = ?")
			.param(notice.id())
			.update();

		waitFor().until(driver -> byId("progress-state").getText().equals("送信済み"));
		assertThat(byId("notice-state").getText()).isEqualTo("送信済み");
		assertThat(byId("all-sent").isDisplayed()).isTrue();
		screenshot("notice-state");
	}

}

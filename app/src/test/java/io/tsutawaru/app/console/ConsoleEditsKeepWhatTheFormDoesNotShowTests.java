package io.tsutawaru.app.console;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tsutawaru.app.ServiceTest;
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
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A notice written through the API may carry what the console's forms do not show (area
 * codes, an expiry). Changing a PR notice in the compose form dropped both, so a notice
 * meant to expire stayed on the website; the update of a published alert kept them
 * already (the notifier changes only a follow-up's fields) and is held here too.
 */
class ConsoleEditsKeepWhatTheFormDoesNotShowTests extends ServiceTest {

	static final List<String> AREA_CODES = List.of("232386");

	@LocalServerPort
	int port;

	@Autowired
	Notices notices;

	@Test
	void anUpdateOfAnAlertOnTheEmergencyScreenKeepsItsExpiryAndAreaCodes() {
		Instant expires = Instant.now().plus(Duration.ofHours(6)).truncatedTo(ChronoUnit.SECONDS);
		NoticeView alert = notices.create(new NoticeDraft("高齢者等避難（北部）", "北部に高齢者等避難を発令しました。", null, Severity.EMERGENCY,
				AlertStatus.EXERCISE, null, Set.of(Channel.WEBSITE), "all", Map.of(), List.of("北部"), AREA_CODES, null,
				expires, false, NoticeKind.ELDERLY_EVACUATION), new StaffMember("emergency", Set.of("EMERGENCY")));
		await().until(() -> notices.find(alert.id()).state() == NoticeState.SENT);

		ConsoleSession session = new ConsoleSession(port);
		session.signIn("emergency", "emergency-password");
		session.post("/console/emergency/" + alert.id(), "/console/emergency/" + alert.id() + "/update",
				Map.of("title", "【続報】高齢者等避難（北部）", "body", "北部の高齢者等避難を継続しています。"));

		await().until(() -> notices.find(alert.id()).revision() == 2);
		NoticeDraft updated = notices.find(alert.id()).draft();
		assertThat(updated.title()).isEqualTo("【続報】高齢者等避難（北部）");
		assertThat(updated.expiresAt()).isEqualTo(expires);
		assertThat(updated.areaCodes()).isEqualTo(AREA_CODES);
	}

	@Test
	void aChangeOfAPrNoticeInTheComposeFormKeepsItsExpiryAndAreaCodes() {
		ZoneId city = ZoneId.of("Asia/Tokyo");
		Instant sendAt = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.MINUTES);
		Instant expires = sendAt.plus(Duration.ofDays(1));
		NoticeView notice = notices.create(new NoticeDraft("粗大ごみ受付のお知らせ", "受付日が変わります。", null, Severity.INFO,
				AlertStatus.ACTUAL, null, Set.of(Channel.WEBSITE), "all", Map.of(), List.of(), AREA_CODES, sendAt,
				expires, false, NoticeKind.GENERAL), new StaffMember("pr", Set.of("PR")));

		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", "粗大ごみ受付日変更のお知らせ");
		form.put("body", "受付日が変わります。");
		form.put("channels", "website");
		form.put("segmentRule", "all");
		form.put("severity", "info");
		form.put("status", "actual");
		form.put("kind", "general");
		form.put("when", "later");
		form.put("sendAt", LocalDateTime.ofInstant(sendAt, city).toString());
		ConsoleSession session = new ConsoleSession(port);
		session.signIn("pr", "pr-password");
		session.post("/console/compose/" + notice.id(), "/console/compose/" + notice.id(), form);

		NoticeDraft changed = notices.find(notice.id()).draft();
		assertThat(changed.title()).isEqualTo("粗大ごみ受付日変更のお知らせ");
		assertThat(changed.sendAt()).isEqualTo(sendAt);
		assertThat(changed.expiresAt()).isEqualTo(expires);
		assertThat(changed.areaCodes()).isEqualTo(AREA_CODES);
	}

}

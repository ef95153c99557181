package io.tsutawaru.app.console;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import io.tsutawaru.app.ServiceTest;
import io.tsutawaru.batch.BroadcastSchedules;
import io.tsutawaru.batch.BroadcastSchedules.Frequency;
import io.tsutawaru.batch.BroadcastSchedules.Schedule;
import io.tsutawaru.notifier.Channel;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PR staff choose "repeat on a schedule" on the compose page: a broadcast schedule is
 * created, waits for a second member of staff, then sends until it is stopped.
 */
class SchedulesConsoleTests extends ServiceTest {

	@LocalServerPort
	int port;

	@Autowired
	BroadcastSchedules schedules;

	@Test
	void aRecurringBroadcastIsComposedApprovedBySomeoneElseAndStopped() {
		String title = "資源ごみの収集日 " + UUID.randomUUID().toString().substring(0, 8);
		ConsoleSession pr = new ConsoleSession(port);
		pr.signIn("pr", "pr-password");
		assertThat(pr.get("/console/compose?when=recurring").body()).containsPattern("value=\"recurring\"[^>]*checked");

		HttpResponse<String> submitted = pr.post("/console/compose", "/console/compose",
				recurring(title, "weekly", "wednesday", "18:30"));
		assertThat(submitted.statusCode()).isEqualTo(302);
		assertThat(submitted.headers().firstValue("Location").orElseThrow()).endsWith("/console/schedules");

		Schedule created = scheduleTitled(title);
		assertThat(created.active()).isFalse();
		assertThat(created.createdBy()).isEqualTo("pr");
		assertThat(created.recurrence()).isEqualTo(
				new BroadcastSchedules.Recurrence(Frequency.WEEKLY, LocalTime.of(18, 30), DayOfWeek.WEDNESDAY, null));
		assertThat(created.template().channels()).containsExactly(Channel.LINE);
		assertThat(created.template().segmentRule()).isEqualTo("\"ごみ\" in interests");
		String page = pr.get("/console/schedules").body();
		assertThat(page).contains(title, "毎週", "水曜日", "18:30", "承認待ち", "ご自身が作成した定期配信は承認できません", "これまでの配信",
				"まだ配信していません。");

		// The author's own approval is refused on the server too, not only by the
		// disabled button.
		pr.post("/console/schedules", "/console/schedules/" + created.id() + "/approve", Map.of());
		assertThat(scheduleTitled(title).active()).isFalse();
		// Said in the staff member's words, not the batch module's English.
		assertThat(pr.get("/console/schedules").body()).contains("自分で作った定期配信は承認できません")
			.doesNotContain("A second member of staff");

		ConsoleSession admin = new ConsoleSession(port);
		admin.signIn("admin", "admin-password");
		HttpResponse<String> approved = admin.post("/console/schedules",
				"/console/schedules/" + created.id() + "/approve", Map.of());
		assertThat(approved.statusCode()).isEqualTo(302);
		assertThat(scheduleTitled(title).active()).isTrue();
		assertThat(scheduleTitled(title).approvedBy()).isEqualTo("admin");
		admin.post("/console/schedules", "/console/schedules/" + created.id() + "/approve", Map.of());
		assertThat(admin.get("/console/schedules").body()).contains("この定期配信はすでに承認されています。");
		assertThat(pr.get("/console/schedules").body()).contains("配信中");

		pr.post("/console/schedules", "/console/schedules/" + created.id() + "/stop", Map.of());
		assertThat(scheduleTitled(title).active()).isFalse();
		assertThat(pr.get("/console/schedules").body()).contains("停止");
	}

	@Test
	void anIncompleteRecurrenceGoesBackToTheFormWithWhatWasTyped() {
		String title = "毎月のお知らせ " + UUID.randomUUID().toString().substring(0, 8);
		ConsoleSession pr = new ConsoleSession(port);
		pr.signIn("pr", "pr-password");
		Map<String, String> form = recurring(title, "monthly", "monday", "09:00");
		form.put("repeatDayOfMonth", "");

		HttpResponse<String> refused = pr.post("/console/compose", "/console/compose", form);

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"problem\"", title)
			.contains("毎月の配信には 1 日から 31 日までの日を選んでください。")
			.doesNotContain("A monthly schedule");
		assertThat(schedules.list()).noneMatch(schedule -> schedule.template().title().equals(title));
	}

	@Test
	void anUnknownFrequencyIsAProblemOnTheFormNotAnError() {
		ConsoleSession pr = new ConsoleSession(port);
		pr.signIn("pr", "pr-password");

		HttpResponse<String> refused = pr.post("/console/compose", "/console/compose",
				recurring("x", "fortnightly", "monday", "09:00"));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"problem\"", "fortnightly");
	}

	private Schedule scheduleTitled(String title) {
		return schedules.list()
			.stream()
			.filter(schedule -> schedule.template().title().equals(title))
			.findFirst()
			.orElseThrow();
	}

	private static Map<String, String> recurring(String title, String repeat, String weekday, String time) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("title", title);
		form.put("body", "今週の資源ごみは水曜日の朝8時までに出してください。");
		form.put("channels", "line");
		form.put("segmentRule", "\"ごみ\" in interests");
		form.put("when", "recurring");
		form.put("repeat", repeat);
		form.put("repeatWeekday", weekday);
		form.put("repeatDayOfMonth", "1");
		form.put("repeatAt", time);
		form.put("severity", "info");
		form.put("status", "actual");
		return form;
	}

}

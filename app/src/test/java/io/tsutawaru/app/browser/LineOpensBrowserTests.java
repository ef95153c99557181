package io.tsutawaru.app.browser;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tsutawaru.notifier.LineOpens;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.Notices;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * LINE's unit statistics end to end in the sandbox (issue 18): an alert to an area goes
 * by multicast with its unit, the resident's chat page shows it (which the sandbox counts
 * as opened), the service asks the statistics endpoint, and the notice's page shows
 * "opened" beside "delivered".
 */
class LineOpensBrowserTests extends BrowserTest {

	private final SandboxChat chat = new SandboxChat(this);

	@Autowired
	TestRestTemplate http;

	@Autowired
	LineOpens opens;

	@Autowired
	Notices notices;

	@Test
	void theNoticePageShowsHowManyOpenedTheAlertBesideHowManyItReached() {
		String area = "西部";
		chat.as("開封テスト");
		byId("follow").click();
		chat.tap("日本語");
		chat.tap(area);
		String marker = "開封 " + UUID.randomUUID().toString().substring(0, 8);
		Map<String, Object> notice = Map.of("title", "【訓練】避難指示 " + marker, "body", "訓練です。西部に避難指示。", "severity",
				"emergency", "status", "exercise", "channels", List.of("line"), "segmentRule",
				"area = \"" + area + "\"", "areaNames", List.of(area));
		ResponseEntity<Map> created = http.postForEntity("/api/notices",
				new HttpEntity<>(notice, EmergencyStaffApi.headers()), Map.class);
		long id = ((Number) created.getBody().get("id")).longValue();
		await().atMost(Duration.ofSeconds(60)).until(() -> notices.find(id).state() == NoticeState.SENT);

		chat.waitForBot(marker);
		opens.countRecent();

		signInAs("emergency");
		open("/console/notices/" + id);
		long delivered = notices.find(id).channels().get(io.tsutawaru.notifier.Channel.LINE).sent();
		// Other tests' residents of the area were reached too; the figure is written as
		// staff read numbers (1,552).
		String reached = java.text.NumberFormat.getIntegerInstance(java.util.Locale.JAPANESE).format(delivered);
		assertThat(browser.findElement(By.id("notice-line-opened")).getText())
			.startsWith("配信 " + reached + " 人・開封 1 人（LINE の集計、");
		screenshot("notice-line-opened");
		EmergencyStaffApi.cancel(http, id, "訓練終了");
	}

}

package io.tsutawaru.app.browser;

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
import io.tsutawaru.notifier.SyntheticSubscribers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An update and a cancellation from the emergency screen get the care of the first send:
 * a confirmation that shows what changes (the text now and after, and the cancellation
 * message itself) and who receives it, then live progress bars of their own that fill as
 * that version goes out.
 */
class EmergencyFollowUpBrowserTests extends BrowserTest {

	static final String INSTRUCTIONS = "危険な場所から全員避難してください。";

	@Autowired
	Notices notices;

	@Autowired
	SyntheticSubscribers residents;

	@Test
	void anUpdateAndACancellationAreConfirmedWithWhatChangesAndWhoReceivesItThenShowTheirOwnProgress() {
		residents.generate(60, 31);
		String marker = "FOLLOW-" + UUID.randomUUID().toString().substring(0, 8);
		NoticeView alert = notices.create(new NoticeDraft("【警戒レベル4】避難指示（北部）" + marker, "北部に避難指示を発令しました。" + INSTRUCTIONS,
				null, Severity.EMERGENCY, AlertStatus.ACTUAL, null,
				Set.of(Channel.LINE, Channel.EMAIL, Channel.WEBSITE), "area in (\"北部\") or area is unset",
				Map.of("en",
						new NoticeDraft.Translation("Evacuation order (North)",
								"Everyone must leave dangerous places now.")),
				List.of("北部"), List.of(), null, null, false, NoticeKind.EVACUATION_ORDER),
				new StaffMember("emergency", Set.of("EMERGENCY")));
		await().until(() -> notices.find(alert.id()).state() == NoticeState.SENT);
		long line = notices.find(alert.id()).audience().line();
		signInAs("emergency");
		open("/console/emergency/" + alert.id());

		WebElement title = byId("update-title");
		title.clear();
		title.sendKeys("【続報】避難指示（北部）" + marker);
		byId("update-review").click();
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("update-confirm")));
		WebElement changes = byId("update-changes");
		assertThat(changes.findElement(By.cssSelector("[data-field=title] .before")).getText())
			.isEqualTo("【警戒レベル4】避難指示（北部）" + marker);
		assertThat(changes.findElement(By.cssSelector("[data-field=title] .after")).getText())
			.isEqualTo("【続報】避難指示（北部）" + marker);
		assertThat(changes.findElements(By.cssSelector("[data-field=body]"))).as("an unchanged body is not listed")
			.isEmpty();
		assertThat(byId("update-untranslated").getText()).contains("英語");
		assertThat(byId("update-receivers").getText())
			.contains("LINE " + String.format(java.util.Locale.ROOT, "%,d", line));
		screenshot("emergency-update-confirm");
		byId("update-send").click();

		waitFor().until(driver -> driver.findElement(By.id("progress-version")).getText().contains("第2版"));
		awaitPageLoaded();
		awaitOwnProgress();

		byId("cancel-reason").sendKeys("誤って送信したため");
		byId("cancel-review").click();
		waitFor()
			.until(driver -> "true".equals(driver.findElement(By.id("cancel-message")).getDomAttribute("data-ready")));
		String message = byId("cancel-message").getText();
		assertThat(message).contains("【取消】", "北部の避難指示", "を取り消します", "理由：誤って送信したため").doesNotContain(INSTRUCTIONS);
		assertThat(byId("cancel-what").getText()).isEqualTo("【続報】避難指示（北部）" + marker);
		assertThat(byId("cancel-receivers").getText())
			.contains("LINE " + String.format(java.util.Locale.ROOT, "%,d", line));
		screenshot("emergency-cancel-confirm");
		byId("cancel-send").click();

		waitFor().until(driver -> driver.findElement(By.id("progress-version")).getText().contains("取り消し"));
		awaitOwnProgress();
		assertThat(byId("progress-state").getText()).isEqualTo("取り消し");
		screenshot("emergency-cancel-progress");
	}

	/**
	 * Every channel's bar of the version shown has something planned and reaches 100%.
	 */
	private void awaitOwnProgress() {
		waitFor().until(driver -> driver.findElement(By.id("all-sent")).isDisplayed());
		List<WebElement> rows = browser.findElements(By.cssSelector("#progress li[data-channel]"));
		assertThat(rows).hasSize(3).allSatisfy(row -> {
			assertThat(Long.parseLong(row.findElement(By.cssSelector(".planned")).getText())).isPositive();
			assertThat(row.findElement(By.tagName("progress")).getDomProperty("value")).isEqualTo("100");
		});
	}

}

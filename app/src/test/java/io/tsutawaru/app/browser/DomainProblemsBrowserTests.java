package io.tsutawaru.app.browser;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.tsutawaru.bot.HandOff;
import io.tsutawaru.bot.HandOffs;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.StaffMember;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the notifier and the bot refuse reaches staff in the console's language, never as
 * the modules' English (issue 20): a character no channel carries, a notice without a
 * channel, an approval someone else gave first, a hand-off reply too long for LINE. Each
 * message is checked with the one-language walk's rule
 * ({@link OneLanguageBrowserTests#englishIn},
 * {@link OneLanguageBrowserTests#japaneseIn}).
 */
class DomainProblemsBrowserTests extends BrowserTest {

	@Autowired
	Notices notices;

	@Autowired
	HandOffs handOffs;

	final SandboxChat chat = new SandboxChat(this);

	@Test
	void theModulesRefusalsAreSaidInJapanese() {
		List<String> said = refusals("ja");

		assertThat(said.get(0)).contains("本文の 3 文字目に", "制御文字（U+0007）", "削除してください");
		assertThat(said.get(1)).contains("配信チャネルを 1 つ以上選んでください");
		assertThat(said.get(2)).contains("は「配信予約」です。承認を待っている内容はありません");
		assertThat(said.get(3)).contains("返信は 4,900 文字までです");
		said.forEach(text -> assertThat(OneLanguageBrowserTests.englishIn(text)).as(text).isEmpty());
	}

	@Test
	void theModulesRefusalsAreSaidInEnglishWhenEnglishIsChosen() {
		List<String> said = refusals("en");

		assertThat(said.get(0)).contains("Character 3 of the text is a control character (U+0007)");
		assertThat(said.get(1)).contains("Choose at least one channel.");
		assertThat(said.get(2)).contains("is \"Scheduled\"; nothing of it awaits approval");
		assertThat(said.get(3)).contains("A reply may have up to 4,900 characters");
		said.forEach(text -> assertThat(OneLanguageBrowserTests.japaneseIn(text)).as(text).isEmpty());
	}

	/** The four refusals as the console shows them, in the language chosen. */
	private List<String> refusals(String language) {
		String unique = UUID.randomUUID().toString().substring(0, 8);
		HandOff handOff = handOffThroughTheChat("相談者" + unique);
		long scheduled = awaitingApproval("承認の競合 " + unique);

		signInAs("pr");
		open("/console/compose?lang=" + language);
		byId("title").sendKeys("見えない文字 " + unique);
		// A control character pasted from another program: invisible in the field.
		browser.executeScript("document.getElementById('body').value = '本文\\u0007です。'");
		byId("submit-for-approval").click();
		String character = problem();
		if ("ja".equals(language)) {
			screenshot("compose-problem");
		}

		open("/console/compose");
		byId("title").sendKeys("チャネルなし " + unique);
		byId("body").sendKeys("本文です。");
		browser.executeScript("document.querySelectorAll('input[name=channels]').forEach(c => c.checked = false)");
		byId("submit-for-approval").click();
		String channel = problem();

		signInAs("admin");
		open("/console/approvals?lang=" + language);
		// Another reviewer approves it while this page is open.
		notices.approve(scheduled, new StaffMember("kenta", Set.of("PR")));
		browser.findElement(By.cssSelector("article[data-notice='" + scheduled + "'] form button")).click();
		String approval = problem();

		open("/console/handoffs/" + handOff.id());
		browser.executeScript("document.getElementById('reply').value = 'あ'.repeat(4950)");
		byId("send-reply").click();
		String reply = waitFor().until(driver -> driver.findElement(By.cssSelector("main .alert[role=alert]")))
			.getText();
		assertThat(byId("reply").getDomProperty("value")).as("the reply is kept").hasSize(4950);
		if ("en".equals(language)) {
			screenshot("handoff-reply-too-long-en");
		}
		open("/console?lang=ja");
		return List.of(character, channel, approval, reply);
	}

	private String problem() {
		return waitFor().until(driver -> driver.findElement(By.id("problem"))).getText();
	}

	/** A PR notice for tomorrow, submitted for approval by its author. */
	private long awaitingApproval(String title) {
		return notices
			.create(new NoticeDraft(title, "本文です。", null, null, null, null, Set.of(Channel.WEBSITE), "all", null, null,
					null, Instant.now().plus(Duration.ofDays(1)), null, false), new StaffMember("pr", Set.of("PR")))
			.id();
	}

	private HandOff handOffThroughTheChat(String resident) {
		chat.as(resident);
		chat.say("職員と話したい");
		chat.waitForBot("職員におつなぎします");
		return await().until(() -> handOffs.open()
			.stream()
			.filter(open -> resident.equals(open.displayName()))
			.findFirst()
			.orElse(null), open -> open != null);
	}

}

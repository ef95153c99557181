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
 * channel, an approval someone else gave first, a hand-off reply too long for LINE, an
 * FAQ entry with a control character in a phrasing or an ID already taken. Each message
 * is checked with the one-language walk's rule
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
		assertThat(said.get(4)).contains("2 番目の言い換えの 3 文字目に", "制御文字（U+0007）");
		assertThat(said.get(5)).contains("の FAQ はすでにあります");
		said.forEach(text -> assertThat(OneLanguageBrowserTests.englishIn(text)).as(text).isEmpty());
	}

	@Test
	void theModulesRefusalsAreSaidInEnglishWhenEnglishIsChosen() {
		List<String> said = refusals("en");

		assertThat(said.get(0)).contains("Character 3 of the text is a control character (U+0007)");
		assertThat(said.get(1)).contains("Choose at least one channel.");
		assertThat(said.get(2)).contains("is \"Scheduled\"; nothing of it awaits approval");
		assertThat(said.get(3)).contains("A reply may have up to 4,900 characters");
		assertThat(said.get(4)).contains("alternative phrasing 2 holds a control character (U+0007) at character 3");
		assertThat(said.get(5)).contains("already exists");
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
		// The knowledge base's refusals of an FAQ entry: a control character in a
		// phrasing, an ID taken.
		signInAs("editor");
		// An ID as cities write them (kosodate-10): letters, then digits.
		String id = "problem-" + (System.nanoTime() % 1_000_000_000L);
		open("/console/kb/entries/new?lang=" + language);
		byId("id").clear();
		byId("id").sendKeys(id);
		byId("question").sendKeys("見えない文字の質問");
		browser.executeScript("document.getElementById('alternatives').value = '言い換え\\n言い\\u0007換え'");
		byId("answer").sendKeys("回答です。");
		byId("save").click();
		String phrasing = problem();
		browser.executeScript("document.getElementById('alternatives').value = ''");
		byId("save").click();
		waitFor().until(driver -> !driver.findElements(By.id("done")).isEmpty());
		open("/console/kb/entries/new");
		byId("id").clear();
		byId("id").sendKeys(id);
		byId("question").sendKeys("同じ ID の質問");
		byId("answer").sendKeys("回答です。");
		byId("save").click();
		String taken = problem();
		open("/console?lang=ja");
		return List.of(character, channel, approval, reply, phrasing, taken);
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

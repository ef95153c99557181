package io.tsutawaru.app.browser;

import java.util.UUID;

import io.tsutawaru.kb.Decision;
import io.tsutawaru.kb.FaqEditor;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff and a resident in the sandbox chat, each in their own window of the same browser:
 * an edited FAQ answer reaches the resident, a report's status change is pushed to them,
 * and staff answer a hand-off.
 */
class ResidentsBrowserTests extends BrowserTest {

	@Autowired
	KnowledgeBase knowledgeBase;

	@Autowired
	FaqEditor editor;

	final SandboxChat chat = new SandboxChat(this);

	@Test
	void anEditedFaqAnswerIsWhatTheResidentGetsInTheChat() {
		FaqEntry entry = editor.list()
			.stream()
			.filter(FaqEntry::published)
			.filter(e -> "ja".equals(e.language()))
			.filter(e -> {
				var result = knowledgeBase.search(e.question(), "ja");
				return result.decision() == Decision.ANSWER
						&& result.candidates().getFirst().entry().id().equals(e.id());
			})
			.findFirst()
			.orElseThrow();
		String marker = "更新" + UUID.randomUUID().toString().substring(0, 6);
		signInAs("editor");
		open("/console/kb/entries/" + entry.id());
		WebElement answer = byId("answer");
		answer.clear();
		answer.sendKeys("新しい案内です（" + marker + "）。詳しくは担当課へお問い合わせください。");
		byId("save").click();
		waitFor().until(driver -> driver.findElements(By.id("done")).size() == 1);

		chatAs("住民" + marker);
		say(entry.question());
		// The bot answers at once, or, when other entries come close, lets the resident
		// pick: they pick this one.
		waitFor().until(driver -> timeline().contains(marker) || optionFor(entry) != null);
		if (!timeline().contains(marker)) {
			waitFor().ignoring(StaleElementReferenceException.class).until(driver -> {
				optionFor(entry).click();
				return true;
			});
		}
		waitForBot(marker);
		screenshot("sandbox-chat-faq");
	}

	@Test
	void aReportsStatusChangeIsPushedToTheResident() {
		String resident = "通報者" + UUID.randomUUID().toString().substring(0, 6);
		chatAs(resident);
		say("通報");
		tap("道路の損傷");
		tap("写真なし");
		byId("show-location").click();
		byId("location-form").findElement(By.cssSelector("button[type=submit]")).click();
		tap("コメントなし");
		waitForBot("受付番号");
		String number = timeline().replaceAll("(?s).*受付番号：(R-\\d+).*", "$1");
		assertThat(number).matches("R-\\d+");

		signInAs("desk");
		open("/console/reports");
		browser.findElement(By.linkText(number)).click();
		screenshot("report");
		browser.findElement(By.cssSelector("input[name=status][value=IN_PROGRESS]")).click();
		byId("note").sendKeys("明日、補修に伺います。");
		byId("change-status").click();
		waitFor().until(driver -> driver.findElements(By.id("done")).size() == 1);
		assertThat(byId("report-status").getText()).isEqualTo("対応中");
		open("/console/reports");
		screenshot("reports");

		chatAs(resident);
		waitForBot("明日、補修に伺います。");
	}

	@Test
	void staffAnswerAResidentWhoAskedForAPersonSeeingTheirNameAndTheQuestionThatFailed() {
		String resident = "相談者" + UUID.randomUUID().toString().substring(0, 6);
		// Words no FAQ entry has, so that the bot cannot answer and offers a person. The
		// unique part is in Latin
		// letters: digits can match an entry's (第2子), and with few letters the question
		// reads as kana-written, whose
		// confidence counts the reading's character pairs (どうなりますか).
		String question = "ゑゐぬ " + lettersOnly(UUID.randomUUID().toString().substring(0, 8)) + " はどうなりますか";
		chatAs(resident);
		say(question);
		waitForBot("お答えできる情報が見つかりませんでした");
		tap("職員と話したい");
		waitForBot("職員におつなぎします");
		assertThat(timeline()).contains("職員が順番にお返事します", "受付時間：平日 8:30〜17:15");
		say("子どもの予防接種の予約について相談したいです");
		waitForBot("メッセージを職員に届けました");

		signInAs("desk");
		open("/console/handoffs");
		WebElement listed = handOffOf(resident);
		assertThat(listed.getText()).contains(resident, question);
		screenshot("handoffs");
		listed.click();
		waitFor().until(driver -> driver.findElement(By.id("conversation")).getText().contains("予防接種の予約"));
		assertThat(byId("handoff-resident").getText()).isEqualTo(resident);
		assertThat(byId("handoff-question").getText()).isEqualTo(question);
		byId("reply").sendKeys("保健センターの窓口で予約できます。お電話でも受け付けています。");
		byId("send-reply").click();
		waitFor().until(driver -> driver.findElements(By.id("done")).size() == 1);
		screenshot("handoff");
		byId("close-handoff").click();
		// The click submits a form; leaving before its answer has loaded let that answer
		// replace the next page.
		waitFor().until(driver -> driver.findElements(By.id("close-handoff")).isEmpty());

		chatAs(resident);
		waitForBot("保健センターの窓口で予約できます。");
	}

	@Test
	void aResidentWhoLeavesWithTheStopButtonIsShownToStaffAsGone() {
		String resident = "中止" + UUID.randomUUID().toString().substring(0, 6);
		chatAs(resident);
		say("職員と話したい");
		waitForBot("職員におつなぎします");
		say("やっぱり大丈夫です");
		waitForBot("メッセージを職員に届けました");
		signInAs("desk");
		open("/console/handoffs");
		String page = handOffOf(resident).getAttribute("href");

		chatAs(resident);
		tap("やめる");
		waitForBot("職員とのやりとりをやめました");

		browser.get(page);
		assertThat(byId("handoff-ended").getText()).isEqualTo("住民が「やめる」で対話を終えました。");
		assertThat(browser.findElements(By.id("reply-form"))).isEmpty();
		open("/console/handoffs");
		assertThat(browser.findElements(By.cssSelector("#handoffs a")))
			.noneMatch(link -> link.getText().contains(resident));
	}

	/** The link of the open hand-off of this resident, by the LINE name staff see. */
	private WebElement handOffOf(String resident) {
		return browser.findElements(By.cssSelector("#handoffs a"))
			.stream()
			.filter(link -> link.getText().contains(resident))
			.findFirst()
			.orElseThrow();
	}

	private void chatAs(String resident) {
		chat.as(resident);
	}

	private void say(String text) {
		chat.say(text);
	}

	private void tap(String label) {
		chat.tap(label);
	}

	/**
	 * The quick reply offering this entry; labels are the question, shortened with an
	 * ellipsis.
	 */
	private WebElement optionFor(FaqEntry entry) {
		return browser.findElements(By.cssSelector("#quick-replies button")).stream().filter(button -> {
			String label = button.getText().replace("…", "");
			return !label.isEmpty() && entry.question().startsWith(label);
		}).findFirst().orElse(null);
	}

	/** Digits 0-9 written as the letters g-p. */
	private static String lettersOnly(String hex) {
		StringBuilder letters = new StringBuilder();
		hex.chars().map(c -> c <= '9' ? c - '0' + 'g' : c).forEach(letters::appendCodePoint);
		return letters.toString();
	}

	private void waitForBot(String text) {
		chat.waitForBot(text);
	}

	private String timeline() {
		return chat.timeline();
	}

}

package io.tsutawaru.app.browser;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.tsutawaru.jma.JmaRule;
import io.tsutawaru.jma.JmaRules;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.StaffMember;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Emergency staff's page of JMA's telegrams (issue 17): a rule added in the form (not
 * JSON), a real 噴火速報 published on the sandbox's stand-in feed and listed with what it did
 * (drafted, by that rule), the draft sent with one click, and a bad value in the form
 * answered next to its field, in Japanese. The city's rules are put back afterwards,
 * because every browser test shares one running service.
 */
class JmaBrowserTests extends BrowserTest {

	@Autowired
	JmaRules jmaRules;

	@Autowired
	Notices notices;

	@Autowired
	TestRestTemplate http;

	@Test
	void aTelegramOnTheFeedIsListedWithWhatItDidAndTheRulesAreEditedInAForm() throws IOException {
		List<JmaRule> before = jmaRules.all();
		String name = "噴火速報（確認してから送る）" + UUID.randomUUID().toString().substring(0, 6);
		int row = before.size();
		try {
			signInAs("emergency");
			browser.findElement(By.linkText("気象庁の電文")).click();
			// The sandbox city's earthquake rules name their areas from
			// tsutawaru.jma.areas.
			assertThat(byId("rules0.areas-named").getText()).contains("220 宮城県北部", "221 宮城県南部");

			// A new rule in the blank row: the 噴火速報 for 王滝村, drafted for approval, on the
			// website only.
			browser.findElement(By.name("rules[" + row + "].name")).sendKeys(name);
			new Select(browser.findElement(By.name("rules[" + row + "].telegram"))).selectByVisibleText("噴火速報");
			browser.findElement(By.name("rules[" + row + "].areaCodes")).sendKeys("2042900");
			new Select(browser.findElement(By.name("rules[" + row + "].minimum"))).selectByValue("噴火速報");
			browser.findElement(By.cssSelector("input[name='rules[" + row + "].action'][value=draft]")).click();
			browser.findElement(By.cssSelector("input[name='rules[" + row + "].channels'][value=website]")).click();
			byId("save-rules").click();
			waitFor().until(driver -> driver.findElements(By.id("done")).size() == 1);
			assertThat(byId("done").getText()).isEqualTo("ルールを保存しました。");
			assertThat(jmaRules.all()).hasSize(before.size() + 1);
			JmaRule saved = jmaRules.all().getLast();
			assertThat(saved).isEqualTo(new JmaRule(name, "噴火速報", List.of("2042900"), "噴火速報", JmaRule.Action.DRAFT,
					Set.of(io.tsutawaru.notifier.Channel.WEBSITE), null, false));

			assertThat(publish("jma/70_67_01_150514_VFVO56-1.xml")).isEqualTo(HttpStatus.CREATED);
			WebElement telegram = waitFor().until(driver -> {
				driver.navigate().refresh();
				return driver.findElements(By.cssSelector("tr.telegram"))
					.stream()
					.filter(tr -> tr.getText().contains("噴火速報") && tr.getText().contains("20140927120000_312"))
					.findFirst()
					.orElse(null);
			});
			assertThat(telegram.findElement(By.cssSelector(".telegram-action")).getText()).isEqualTo("下書きにした");
			// JMA's own words, as JMA writes them, in Japanese.
			assertThat(telegram.findElement(By.cssSelector(".telegram-info-type")).getText()).isEqualTo("発表");
			assertThat(telegram.findElement(By.cssSelector(".telegram-status")).getText()).isEqualTo("通常");
			String telegramId = telegram.getDomAttribute("data-telegram");
			String noticeLink = telegram.findElement(By.cssSelector("a")).getDomAttribute("href");
			long noticeId = Long.parseLong(noticeLink.substring(noticeLink.lastIndexOf('/') + 1));
			WebElement draft = byId("drafts").findElement(By.cssSelector("[data-notice='" + noticeId + "']"));
			assertThat(draft.getText()).contains("噴火速報");
			screenshot("jma");

			// The same page in English: the action in English, nothing in Japanese but
			// the telegram's own words.
			open("/console/jma?lang=en");
			assertThat(browser.findElement(By.cssSelector("tr[data-telegram='" + telegramId + "'] .telegram-action"))
				.getText()).isEqualTo("Drafted");
			// In English, the telegram's type and status translated: not Japanese left
			// marked as a quotation.
			WebElement inEnglish = browser.findElement(By.cssSelector("tr[data-telegram='" + telegramId + "']"));
			assertThat(inEnglish.findElement(By.cssSelector(".telegram-info-type")).getText()).isEqualTo("Issued");
			assertThat(inEnglish.findElement(By.cssSelector(".telegram-status")).getText()).isEqualTo("Actual");
			assertThat(inEnglish.findElement(By.cssSelector(".telegram-status")).getDomAttribute("translate")).isNull();
			screenshot("jma-en");
			assertThat(byId("telegrams").findElement(By.tagName("h2")).getText()).isEqualTo("Telegrams received");
			assertThat(byId("drafts").findElement(By.cssSelector("button")).getText())
				.isEqualTo("Send this emergency notice");
			open("/console/jma?lang=ja");

			// A minimum the kind does not have: said next to the field, and nothing
			// saved.
			new Select(browser.findElement(By.name("rules[" + row + "].minimum"))).selectByValue("震度5弱");
			byId("save-rules").click();
			assertThat(
					waitFor().until(driver -> driver.findElement(By.id("rules" + row + ".minimum-problem"))).getText())
				.isEqualTo("この電文の種類にない基準です");
			assertThat(byId("problem").getText()).isEqualTo("ルールを保存できませんでした。印の付いた項目を直してください。");
			// A code that is not JMA's: said next to the area codes.
			new Select(browser.findElement(By.name("rules[" + row + "].minimum"))).selectByValue("");
			WebElement codes = browser.findElement(By.name("rules[" + row + "].areaCodes"));
			codes.clear();
			codes.sendKeys("王滝村");
			byId("save-rules").click();
			assertThat(waitFor().until(driver -> driver.findElement(By.id("rules" + row + ".areaCodes-problem")))
				.getText()).isEqualTo("気象庁の地域コード（数字）ではありません");
			assertThat(jmaRules.all().getLast()).isEqualTo(saved);

			// The draft waits on the emergency screen too (where the member of staff on
			// duty goes), sent from there
			// with one click: the emergency screen's progress of the notice, and no
			// longer a draft.
			open("/console/emergency");
			WebElement onEmergencyScreen = byId("drafts")
				.findElement(By.cssSelector("[data-notice='" + noticeId + "']"));
			assertThat(onEmergencyScreen.getText()).contains("噴火速報");
			screenshot("emergency-jma-draft");
			onEmergencyScreen.findElement(By.cssSelector("button")).click();
			waitFor().until(driver -> driver.getCurrentUrl().endsWith("/console/emergency/" + noticeId));
			assertThat(notices.find(noticeId).state()).isNotEqualTo(NoticeState.DRAFT);
			assertThat(browser.findElements(By.cssSelector("[data-notice='" + noticeId + "'] button"))).isEmpty();
		}
		finally {
			jmaRules.replaceAll(before, new StaffMember("test", Set.of("ADMIN")));
		}
	}

	private HttpStatus publish(String resource) throws IOException {
		byte[] xml;
		try (InputStream in = JmaBrowserTests.class.getClassLoader().getResourceAsStream(resource)) {
			xml = in.readAllBytes();
		}
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_XML);
		return HttpStatus
			.valueOf(http.postForEntity("/sandbox/jma/telegrams", new HttpEntity<>(xml, headers), String.class)
				.getStatusCode()
				.value());
	}

}

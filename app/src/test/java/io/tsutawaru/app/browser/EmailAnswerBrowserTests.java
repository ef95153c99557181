package io.tsutawaru.app.browser;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tsutawaru.app.embedded.EmbeddedMailbox;
import io.tsutawaru.app.safety.MailedAnswers;
import io.tsutawaru.notifier.SafetyAnswers;
import io.tsutawaru.notifier.SafetyAnswers.ChannelTally;
import io.tsutawaru.notifier.Subscribers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident opens the answer link of the mail they received in a browser and presses the
 * page's one button (issue 18, item 1): the page shows the alert and the answer, records
 * nothing until the button is pressed, keeps the note of a resident who needs help, and
 * has no WCAG 2.1 AA violation (axe-core), in Japanese and English, nor has the page of a
 * link that cannot answer.
 */
class EmailAnswerBrowserTests extends BrowserTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	EmbeddedMailbox mailbox;

	@Autowired
	Subscribers subscribers;

	@Autowired
	SafetyAnswers answers;

	private final List<String> violations = new ArrayList<>();

	@Test
	void aResidentOpensTheMailsLinkAndPressesTheButton() {
		var mails = new MailedAnswers(http, mailbox, subscribers);
		MailedAnswers.Resident resident = mails.residentWithMail();
		String title = "避難指示 " + UUID.randomUUID().toString().substring(0, 8);
		long notice = mails.sendSafetyAlert(title);
		Map<String, URI> links = mails.linksMailedTo(resident.address(), title);
		browser.manage().deleteAllCookies();

		browser.get(links.get("支援が必要です").toString());
		awaitPageLoaded();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("【訓練】" + title);
		assertThat(byId("answer").getText()).isEqualTo("支援が必要です");
		axe("question (ja)");
		screenshot("email-answer-question");
		assertThat(answers.byChannel(notice)).as("opening the link records nothing").isEmpty();

		byId("note").sendKeys("足をけがして動けない");
		byId("send").click();
		waitFor().until(driver -> driver.findElement(By.tagName("h1")).getText().equals("回答を受け付けました。ありがとうございます。"));
		axe("thanks (ja)");
		screenshot("email-answer-thanks");
		assertThat(answers.byChannel(notice)).containsExactly(new ChannelTally("email", "help", 1));
		assertThat(answers.needingHelp(notice)).singleElement()
			.satisfies(request -> assertThat(request.note()).isEqualTo("足をけがして動けない"));

		// The same page in English, then the other link changes the answer.
		browser.get(links.get("無事です") + "?lang=en");
		awaitPageLoaded();
		assertThat(byId("answer").getText()).isEqualTo("I am safe");
		axe("question (en)");
		byId("send").click();
		waitFor().until(driver -> driver.findElement(By.tagName("h1")).getText().startsWith("Thank you"));
		assertThat(answers.byChannel(notice)).containsExactly(new ChannelTally("email", "safe", 1));

		open("/answers/v1.1.1.safe.altered");
		awaitPageLoaded();
		assertThat(byId("why").getText()).contains("このリンクでは回答できません");
		axe("a link that cannot answer");

		assertThat(violations).as("axe-core violations (WCAG 2.1 AA)").isEmpty();
	}

	private void axe(String page) {
		browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(2));
		Axe.violations(browser).forEach(violation -> violations.add(page + ": " + violation));
	}

}

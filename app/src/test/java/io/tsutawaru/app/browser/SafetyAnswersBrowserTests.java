package io.tsutawaru.app.browser;

import java.util.UUID;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.SafetyAnswer;
import io.tsutawaru.notifier.SafetyAnswers;
import io.tsutawaru.notifier.Subscribers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emergency screen asks residents (issue 18, item 1): staff choose a safety answer
 * and a wait before escalation on the form, and the follow-up page shows the tally moving
 * over SSE as answers arrive, per area and per channel, and lists the residents who need
 * help with where they are and their note, each marked handled by staff.
 */
class SafetyAnswersBrowserTests extends BrowserTest {

	@Autowired
	SafetyAnswers answers;

	@Autowired
	Subscribers subscribers;

	@Test
	void theTallyMovesAsAnswersArriveAndStaffMarkARequestForHelpHandled() {
		long safe = subscribers.followed("U" + UUID.randomUUID().toString().replace("-", "")).id();
		long needy = subscribers.followed("U" + UUID.randomUUID().toString().replace("-", "")).id();
		signInAs("emergency");
		open("/console/emergency");
		browser.findElement(By.cssSelector("input[name=kind][value='evacuation-order']")).click();
		new Select(byId("confirmation")).selectByValue("safety");
		byId("escalateAfterMinutes").sendKeys("30");
		byId("review").click();
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
		byId("confirm-send").click();
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("answers")));
		long notice = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/console/emergency/(\\d+).*", "$1"));
		assertThat(total("safe")).isEqualTo("0");

		answers.answer(notice, safe, SafetyAnswer.SAFE, Channel.LINE);
		waitFor().until(driver -> total("safe").equals("1"));
		assertThat(byChannel("line", "safe")).isEqualTo("1");

		answers.answer(notice, needy, SafetyAnswer.HELP, Channel.LINE);
		answers.share(notice, needy, 35.7285, 137.9337, "足をけがして動けない");
		waitFor().until(driver -> total("needHelp").equals("1"));
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("answers-new-help")));
		screenshot("emergency-answers");

		browser.navigate().refresh();
		WebElement request = browser.findElement(By.cssSelector(".help-list li[data-subscriber='" + needy + "']"));
		assertThat(request.getText()).contains("足をけがして動けない");
		assertThat(request.findElement(By.cssSelector("a.map-link")).getDomAttribute("href")).contains("mlat=35.7285")
			.contains("mlon=137.9337");
		request.findElement(By.cssSelector("button[type=submit]")).click();
		waitFor().until(driver -> driver.findElement(By.cssSelector(".help-list li[data-subscriber='" + needy + "']"))
			.getText()
			.contains("対応済み（emergency）"));
		assertThat(answers.needingHelp(notice)).singleElement()
			.satisfies(help -> assertThat(help.handledBy()).isEqualTo("emergency"));
	}

	@Test
	void aWaitWithoutAQuestionIsRefusedInTheStaffsLanguage() {
		signInAs("emergency");
		open("/console/emergency");
		browser.findElement(By.cssSelector("input[name=kind][value='evacuation-order']")).click();
		byId("escalateAfterMinutes").sendKeys("30");
		byId("review").click();
		waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
		byId("confirm-send").click();
		waitFor().until(driver -> driver.findElement(By.tagName("main"))
			.getText()
			.contains("再送までの時間は、確認を求めるときに 1 分から 1440 分の間で入れてください。"));
	}

	private String total(String column) {
		return browser.findElement(By.cssSelector("#answers-total ." + column)).getText();
	}

	private String byChannel(String channel, String answer) {
		return browser
			.findElement(By
				.cssSelector("#answers-by-channel tr[data-channel='" + channel + "'] td[data-answer='" + answer + "']"))
			.getText();
	}

}

package io.tsutawaru.app.browser;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.tsutawaru.app.embedded.EmbeddedMailbox;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The sandbox's mailbox at a real notice's volume: 660 mails, every one reachable page by
 * page, found by address or subject, folded until opened, received on the city's clock.
 */
class MailboxBrowserTests extends BrowserTest {

	private static final int MAILS = 660;

	@Autowired
	JavaMailSender mailSender;

	@Autowired
	EmbeddedMailbox mailbox;

	@Test
	void sixHundredSixtyMailsArePagedSearchedAndFoldedOnTheCitysClock() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		List<SimpleMailMessage> mails = new ArrayList<>();
		for (int i = 0; i < MAILS; i++) {
			SimpleMailMessage mail = new SimpleMailMessage();
			mail.setFrom("notices@city.example.jp");
			mail.setTo("resident-%s-%03d@example.jp".formatted(run, i));
			mail.setSubject("ごみ収集日の変更 %s 第%03d号".formatted(run, i));
			mail.setText("本文 %03d".formatted(i));
			mails.add(mail);
		}
		// One SMTP connection for all of them, as the notifier's batches send.
		mailSender.send(mails.toArray(SimpleMailMessage[]::new));
		await().until(() -> mailbox.newest(Integer.MAX_VALUE)
			.stream()
			.filter(m -> m.subject().contains(run))
			.count() == MAILS);

		signInAs("admin");
		open("/console/mailbox");
		byId("q").sendKeys(run);
		byId("q").submit();
		waitFor().until(driver -> byId("mailbox-pager").getText().contains("全660件"));
		List<WebElement> shown = browser.findElements(By.cssSelector("#mails details"));
		assertThat(shown).hasSize(50);
		assertThat(shown).allSatisfy(mail -> assertThat(mail.getDomAttribute("open")).isNull());
		assertThat(shown.getFirst().findElement(By.tagName("pre")).isDisplayed()).isFalse();
		screenshot("mailbox");

		// The oldest mail is on the last page, not cut off at 200.
		browser.findElement(By.cssSelector("#mailbox-pager .pager-last")).click();
		waitFor().until(driver -> byId("mailbox-pager").getText().contains("14/14"));
		assertThat(browser.findElement(By.id("mails")).getText()).contains("第000号");

		// By address: exactly one mail, opened by its subject line, received at the
		// city's time.
		open("/console/mailbox");
		byId("q").sendKeys("resident-" + run + "-123@");
		byId("q").submit();
		waitFor().until(driver -> byId("mailbox-pager").getText().contains("全1件"));
		WebElement mail = browser.findElement(By.cssSelector("#mails details"));
		mail.findElement(By.tagName("summary")).click();
		assertThat(mail.findElement(By.tagName("pre")).getText()).isEqualTo("本文 123");
		EmbeddedMailbox.MailboxMessage stored = mailbox.newest(Integer.MAX_VALUE)
			.stream()
			.filter(m -> m.to().equals("resident-" + run + "-123@example.jp"))
			.findFirst()
			.orElseThrow();
		String cityTime = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
			.format(stored.receivedAt().atZone(ZoneId.of("Asia/Tokyo")));
		assertThat(mail.findElement(By.cssSelector("dd.received")).getText()).isEqualTo(cityTime);

		// By subject.
		open("/console/mailbox");
		byId("q").sendKeys(run + " 第659号");
		byId("q").submit();
		waitFor().until(driver -> byId("mailbox-pager").getText().contains("全1件"));
		assertThat(browser.findElement(By.id("mails")).getText()).contains("resident-" + run + "-659@example.jp");
	}

}

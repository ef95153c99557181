package io.tsutawaru.app.browser;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import io.tsutawaru.kb.CandidatePhrasings;
import io.tsutawaru.kb.Decision;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A department's editor tries a question, opens the entry the bot would answer with, changes its answer, and the
 * next try (and so the bot) answers with the new text; then a resident asks in the sandbox chat.
 */
class KnowledgeBaseBrowserTests extends BrowserTest {

	@Autowired
	KnowledgeBase knowledgeBase;

	@Autowired
	CandidatePhrasings phrasings;

	/**
	 * The sample is a template: the FAQ list flags what still needs editing and the entry shows which parts; a
	 * resident's question that led to the entry waits for review and, once accepted, finds the entry.
	 */
	@Test
	void staffSeeWhatNeedsEditingAndAcceptAResidentsPhrasing() {
		FaqEntry entry = knowledgeBase.search("母子手帳の受け取り場所はどこですか", "ja").candidates().getFirst().entry();
		String question = "ぽよぽよ手帳はどこでくれるの" + UUID.randomUUID().toString().substring(0, 4);
		phrasings.propose(entry.id(), question);
		signInAs("editor");

		open("/console/kb/entries");
		byId("needs-editing").click();
		waitFor().until(driver -> driver.getCurrentUrl().contains("needsEditing=true"));
		assertThat(browser.findElements(By.cssSelector("#entries .needs-editing"))).isNotEmpty();
		assertThat(browser.findElement(By.id("entries")).getText()).contains(entry.question());
		screenshot("kb-needs-editing");

		open("/console/kb/entries/" + entry.id());
		assertThat(byId("template-parts").getText()).contains("○○市");
		WebElement row = browser.findElement(By.xpath("//section[@id='phrasings']//tr[td[text()='" + question + "']]"));
		assertThat(row.findElement(By.className("phrasing-status")).getText()).isEqualTo("確認待ち");
		screenshot("kb-phrasings");
		row.findElement(By.className("accept")).click();
		waitFor().until(driver -> driver.findElements(By.id("done")).size() == 1);
		assertThat(byId("done").getText()).contains("採用");

		var found = knowledgeBase.search(question, "ja");
		assertThat(found.decision()).isEqualTo(Decision.ANSWER);
		assertThat(found.candidates().getFirst().entry().id()).isEqualTo(entry.id());
	}

	@Test
	void editingAnEntryChangesTheAnswerResidentsGet() {
		FaqEntry entry = knowledgeBase.search("保育園に入りたい", "ja").candidates().getFirst().entry();
		signInAs("editor");
		open("/console/kb?q=" + URLEncoder.encode(entry.question(), StandardCharsets.UTF_8));
		assertThat(byId("decision").getText()).isNotBlank();
		screenshot("kb-try");
		browser.findElement(By.cssSelector(".candidates li:first-child a")).click();
		waitFor().until(driver -> driver.findElements(By.id("entry-form")).size() == 1);
		screenshot("kb-entry");

		String marker = "（" + UUID.randomUUID().toString().substring(0, 6) + "）";
		WebElement answer = byId("answer");
		String newAnswer = "保育園の申し込みは子育て支援課の窓口かオンラインでできます。" + marker;
		answer.clear();
		answer.sendKeys(newAnswer);
		byId("save").click();
		waitFor().until(driver -> driver.findElements(By.id("done")).size() == 1);
		assertThat(byId("done").getText()).contains("保存しました");

		waitFor().until(driver -> {
			open("/console/kb?q=" + URLEncoder.encode(entry.question(), StandardCharsets.UTF_8));
			return driver.findElement(By.cssSelector(".candidates")).getText().contains(marker);
		});

		open("/console/kb/entries");
		screenshot("kb-entries");
		open("/console/kb/import");
		screenshot("kb-import");
		open("/console/kb/unanswered");
		screenshot("kb-unanswered");
		open("/console/kb/feedback");
		screenshot("kb-feedback");
	}

}

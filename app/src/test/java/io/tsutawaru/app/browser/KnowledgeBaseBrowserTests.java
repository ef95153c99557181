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
 * A department's editor tries a question, opens the entry the bot would answer with,
 * changes its answer, and the next try (and so the bot) answers with the new text; then a
 * resident asks in the sandbox chat.
 */
class KnowledgeBaseBrowserTests extends BrowserTest {

	@Autowired
	KnowledgeBase knowledgeBase;

	@Autowired
	CandidatePhrasings phrasings;

	/**
	 * The sample is a template: the FAQ list flags what still needs editing and the entry
	 * shows which parts; a resident's question that led to the entry waits for review
	 * and, once accepted, finds the entry.
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

	/**
	 * Issue 19, item 3: a Shift_JIS file from Excel with a paragraph in a quoted cell and
	 * one bad row goes in through faqImportJob; the page follows the run to its end and
	 * offers the report of the refused row.
	 */
	@Test
	void aCsvImportRunsAsTheImportJobAndShowsItsOutcome() throws java.io.IOException {
		String id = "imp-" + UUID.randomUUID().toString().substring(0, 8);
		String csv = "id,question,answer\r\n" + id + ",㈱ツバキ運送の粗大ごみ収集は？,\"①電話で申し込みます。\r\n②当日は玄関先へ。\"\r\n" + id
				+ "-bad,回答のない質問,\r\n";
		java.nio.file.Path file = java.nio.file.Files.createTempFile(java.nio.file.Path.of("target"), "faq-", ".csv");
		java.nio.file.Files.write(file, csv.getBytes(java.nio.charset.Charset.forName("windows-31j")));
		try {
			signInAs("editor");
			open("/console/kb/import");
			byId("file").sendKeys(file.toAbsolutePath().toString());
			byId("import").click();
			waitFor().until(driver -> driver.findElements(By.id("done")).size() == 1);
			assertThat(byId("done").getText()).contains("取り込みを開始しました");
			// The page reloads itself while the run is going (refresh.js), as the jobs
			// page does.
			waitFor()
				.until(driver -> driver.findElements(By.cssSelector("#import-runs tbody tr:first-child .run-COMPLETED"))
					.size() == 1);
			WebElement run = browser.findElement(By.cssSelector("#import-runs tbody tr:first-child"));
			assertThat(run.getText()).contains("完了", "取り込み 1件", "除外 1件");
			assertThat(run.findElement(By.linkText("ダウンロード")).getAttribute("href"))
				.contains("/console/kb/import/runs/");
			screenshot("kb-import-run");
		}
		finally {
			java.nio.file.Files.deleteIfExists(file);
		}
		assertThat(knowledgeBase.find(id))
			.hasValueSatisfying(entry -> assertThat(entry.answer()).isEqualTo("①電話で申し込みます。\n②当日は玄関先へ。"));
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

package io.tsutawaru.app.browser;

import java.util.List;
import java.util.UUID;

import io.tsutawaru.kb.AnswerFeedback;
import io.tsutawaru.kb.FaqEditor;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FAQ list at the shipped sample's volume (661 entries, CC BY 4.0, plus what other
 * tests add): paged, ids in their numbers' order, sorted by category, searched, filtered
 * to what needs editing, with residents' feedback.
 */
class FaqListBrowserTests extends BrowserTest {

	@Autowired
	AnswerFeedback feedback;

	@Autowired
	FaqEditor editor;

	@Autowired
	KnowledgeBase knowledgeBase;

	@Test
	void theSampleFaqIsPagedInNaturalIdOrderAndSortedByCategory() {
		signInAs("editor");
		open("/console/kb/entries?filter=kosodate-");
		waitFor().until(driver -> byId("entries-pager").isDisplayed());
		assertThat(byId("entries-pager").getText()).contains("全661件");
		assertThat(ids().subList(0, 12)).containsExactly("kosodate-1", "kosodate-2", "kosodate-3", "kosodate-4",
				"kosodate-5", "kosodate-6", "kosodate-7", "kosodate-8", "kosodate-9", "kosodate-10", "kosodate-11",
				"kosodate-12");
		assertThat(ids()).hasSize(50);
		screenshot("kb-entries-paged");

		browser.findElement(By.cssSelector("#entries-pager .pager-last")).click();
		waitFor().until(driver -> byId("entries-pager").getText().contains("14/14"));
		// The sample's ids run to 1106, then 2000 and 2001: as text these two would sit
		// among the 20s.
		assertThat(ids()).endsWith("kosodate-1105", "kosodate-1106", "kosodate-2000", "kosodate-2001");

		open("/console/kb/entries");
		new Select(byId("sort")).selectByValue("CATEGORY");
		byId("filter").submit();
		waitFor().until(driver -> driver.getCurrentUrl().contains("sort=CATEGORY"));
		List<String> categories = browser.findElements(By.cssSelector("#entries tbody tr td:nth-child(3)"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(categories).hasSize(50).isSorted();
		// The next page goes on in the same order.
		String lastOnFirstPage = categories.getLast();
		browser.findElement(By.cssSelector("#entries-pager .pager-next")).click();
		waitFor().until(driver -> byId("entries-pager").getText().contains("2/"));
		assertThat(browser.findElement(By.cssSelector("#entries tbody tr td:nth-child(3)")).getText())
			.isGreaterThanOrEqualTo(lastOnFirstPage);
	}

	@Test
	void anAnswerResidentsSaidDidNotHelpNeedsEditingUntilItIsEdited() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		FaqEntry entry = editor.save(new FaqEntry("vol-" + run, "粗大ごみの出し方 " + run, List.of(),
				"電話で申し込み、指定の日に出してください。料金は品目ごとに決まっています。", "ごみ", "環境課", null, null, "ja", null, true));
		feedback.recordFeedback(entry.id(), true);
		feedback.recordFeedback(entry.id(), false);
		feedback.recordFeedback(entry.id(), false);

		signInAs("editor");
		open("/console/kb/entries");
		byId("filter").sendKeys(run);
		byId("filter").submit();
		waitFor().until(driver -> byId("entries-pager").getText().contains("全1件"));
		WebElement row = byId("entry-" + entry.id());
		assertThat(row.findElement(By.className("solved")).getText()).isEqualTo("1");
		assertThat(row.findElement(By.className("unsolved")).getText()).isEqualTo("2");
		assertThat(row.findElements(By.className("needs-editing"))).hasSize(1);

		byId("needs-editing").click();
		waitFor().until(driver -> driver.getCurrentUrl().contains("needsEditing=true"));
		assertThat(ids()).containsExactly(entry.id());

		// Edited after the feedback: looked at, no longer flagged (the counts stay).
		editor.save(knowledgeBase.find(entry.id()).orElseThrow());
		browser.navigate().refresh();
		waitFor().until(driver -> byId("entries-pager").getText().contains("全0件"));
		open("/console/kb/entries?filter=" + run);
		assertThat(byId("entry-" + entry.id()).findElements(By.className("needs-editing"))).isEmpty();
		assertThat(byId("entry-" + entry.id()).findElement(By.className("unsolved")).getText()).isEqualTo("2");
	}

	private List<String> ids() {
		return browser.findElements(By.cssSelector("#entries tbody tr td:first-child code"))
			.stream()
			.map(WebElement::getText)
			.toList();
	}

}

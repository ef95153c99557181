package io.tsutawaru.app.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role signs in, sees its own part of the menu, and is turned away from the rest
 * even by typing the address.
 */
class RolesBrowserTests extends BrowserTest {

	@Test
	void loginPageInJapaneseAndEnglish() {
		browser.manage().deleteAllCookies();
		open("/login?lang=ja");
		assertThat(byId("username").getAttribute("autocomplete")).isEqualTo("username");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("職員ログイン");
		screenshot("login");
		open("/login?lang=en");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Staff sign-in");
		open("/login?lang=ja");
	}

	@Test
	void prStaffSeeComposeAndApprovalsButNotEmergencyOrTheAdminPages() {
		signInAs("pr");
		assertThat(menu()).contains("お知らせ作成", "承認", "配信履歴")
			.doesNotContain("緊急配信", "FAQ", "監査ログ", "バッチ処理", "通報", "職員対応");
		screenshot("dashboard");
		assertForbidden("/console/emergency");
		assertForbidden("/console/kb");
		assertForbidden("/console/admin/audit");
		screenshot("forbidden");
		// Residents' hand-offs and reports hold personal data: not PR's, even by typing
		// the address.
		assertForbidden("/console/handoffs");
		assertForbidden("/console/reports");
	}

	@Test
	void emergencyStaffSeeTheEmergencyScreenButNotComposeOrTheFaq() {
		signInAs("emergency");
		assertThat(menu()).contains("緊急配信", "配信履歴").doesNotContain("お知らせ作成", "FAQ", "監査ログ", "通報", "職員対応");
		assertForbidden("/console/kb");
		assertForbidden("/console/handoffs");
		assertForbidden("/console/reports");
	}

	@Test
	void faqEditorsSeeTheKnowledgeBaseButNoNotices() {
		signInAs("editor");
		assertThat(menu()).contains("FAQ").doesNotContain("緊急配信", "お知らせ作成", "配信履歴", "監査ログ", "通報", "職員対応");
		assertForbidden("/console/emergency");
		assertForbidden("/console/admin/jobs");
		assertForbidden("/console/handoffs/1");
	}

	@Test
	void deskStaffSeeHandOffsAndReportsAndTheirReadingIsInTheAuditLog() {
		signInAs("desk");
		assertThat(menu()).contains("通報", "職員対応").doesNotContain("お知らせ作成", "緊急配信", "配信履歴", "FAQ", "監査ログ");
		assertThat(byId("open-handoffs").isDisplayed()).isTrue();
		open("/console/handoffs");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("職員との対話");
		open("/console/reports");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("住民からの通報");
		assertForbidden("/console/compose");
		assertForbidden("/console/admin/audit");

		signInAs("admin");
		open("/console/admin/audit");
		WebElement read = browser.findElements(By.cssSelector("#personal-data-reads tbody tr"))
			.stream()
			.filter(row -> row.getText().contains("desk") && row.getText().contains("/console/reports"))
			.findFirst()
			.orElseThrow();
		assertThat(read.getText()).contains("desk", "/console/reports");
		screenshot("audit-personal-data-reads");
	}

	@Test
	void administratorsSeeEverything() {
		signInAs("admin");
		assertThat(menu()).contains("お知らせ作成", "緊急配信", "配信履歴", "FAQ", "通報", "職員対応", "バッチ処理", "監査ログ");
	}

	@Test
	void theConsoleSwitchesToEnglish() {
		signInAs("pr");
		browser.findElement(By.cssSelector(".account .lang")).click();
		waitFor().until(driver -> driver.findElement(By.tagName("h1")).getText().equals("Dashboard"));
		assertThat(menu()).contains("Compose", "Approvals", "Notices");
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
		screenshot("dashboard-en");
		browser.findElement(By.cssSelector(".account .lang")).click();
		waitFor().until(driver -> driver.findElement(By.tagName("h1")).getText().equals("ダッシュボード"));
	}

	@Test
	void everyScreenFitsATabletWithoutSidewaysScrolling() {
		signInAs("admin");
		Dimension desktop = browser.manage().window().getSize();
		browser.manage().window().setSize(new Dimension(820, 1180));
		try {
			for (String path : List.of("/console", "/console/compose", "/console/emergency", "/console/notices",
					"/console/kb", "/console/kb/entries", "/console/reports", "/console/admin/jobs")) {
				open(path);
				long overflow = (Long) browser.executeScript(
						"return document.documentElement.scrollWidth - document.documentElement.clientWidth");
				assertThat(overflow).as("sideways scrolling on " + path).isLessThanOrEqualTo(0);
			}
			open("/console/emergency");
			screenshot("tablet-emergency");
		}
		finally {
			browser.manage().window().setSize(desktop);
		}
	}

	private List<String> menu() {
		return browser.findElements(By.cssSelector("header nav a")).stream().map(WebElement::getText).toList();
	}

	private void assertForbidden(String path) {
		open(path);
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("この画面を開く権限がありません");
	}

}

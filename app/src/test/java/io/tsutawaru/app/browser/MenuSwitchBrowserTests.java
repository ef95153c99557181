package io.tsutawaru.app.browser;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18's menu switch end to end: emergency staff switch the account to the disaster
 * menu on the emergency screen, and the sandbox chat of a registered resident (linked to
 * the registered residents' menu) and of one who never registered (the default menu) both
 * show the disaster menu, whose taps work; then back.
 */
class MenuSwitchBrowserTests extends BrowserTest {

	private final SandboxChat chat = new SandboxChat(this);

	@AfterEach
	void everydayMenusAgain() {
		signInAs("emergency");
		open("/console/emergency");
		if (!browser.findElements(By.id("menu-to-normal")).isEmpty()) {
			byId("menu-to-normal").click();
			waitFor().until(driver -> !driver.findElements(By.id("menu-to-disaster")).isEmpty());
		}
	}

	@Test
	void staffSwitchEveryResidentToTheDisasterMenuAndItsTapsWork() {
		chat.as("メニュー登録済み");
		byId("follow").click();
		chat.tap("日本語");
		awaitMenu("メニュー登録済み", "配信設定", "最新の災害情報", "通報");

		signInAs("emergency");
		open("/console/emergency");
		assertThat(byId("menu-mode").getText()).contains("ふだんのメニュー");
		byId("menu-to-disaster").click();
		waitFor().until(driver -> !driver.findElements(By.id("menu-switched")).isEmpty());
		assertThat(byId("menu-switched").getText()).isEqualTo("全員のメニューを災害時メニューに切り替えました。");
		assertThat(byId("menu-mode").getText()).contains("災害時メニュー").contains("emergency");
		screenshot("emergency-menu-switch");

		chat.as("メニュー登録済み");
		awaitMenu("メニュー登録済み", "最新の災害情報", "安否を知らせる", "近くの避難所", "通報");
		screenshot("sandbox-chat-disaster-menu");
		tapMenu("最新の災害情報");
		chat.waitForBot("発表中の災害情報");
		// The tap posted the menu's postback: the resident's side shows its display text,
		// the bot answered it.
		assertThat(browser.findElements(By.cssSelector("#timeline li.me")).getLast().getText()).isEqualTo("最新の災害情報");

		chat.as("メニュー未登録");
		awaitMenu("メニュー未登録", "最新の災害情報", "安否を知らせる", "近くの避難所", "通報");
		tapMenu("通報");
		chat.waitForBot("通報の種類を選んでください");
	}

	/**
	 * Waits until the chat shows this resident's menu with these buttons (the page
	 * re-draws it as it changes).
	 */
	private void awaitMenu(String resident, String... labels) {
		waitFor().until(driver -> resident.equals(byId("rich-menu").getDomAttribute("data-resident"))
				&& menuLabels().equals(List.of(labels)));
	}

	private List<String> menuLabels() {
		return browser.findElements(By.cssSelector("#rich-menu:not([hidden]) .rich-menu-area"))
			.stream()
			.map(button -> button.getDomProperty("textContent"))
			.toList();
	}

	/** Taps a menu button; one re-drawn meanwhile is looked up again. */
	private void tapMenu(String label) {
		waitFor().until(driver -> {
			WebElement button = driver.findElements(By.cssSelector("#rich-menu .rich-menu-area"))
				.stream()
				.filter(candidate -> label.equals(candidate.getDomProperty("textContent")))
				.findFirst()
				.orElse(null);
			if (button == null) {
				return false;
			}
			button.click();
			return true;
		});
	}

}

package io.tsutawaru.app.browser;

import java.util.UUID;

import io.tsutawaru.notifier.SyntheticSubscribers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emergency screen used with the keyboard only, as staff who cannot use a mouse (or
 * whose mouse failed in the night) do: Tab to move, Space to tick, Enter to press, arrow
 * keys within a group of choices. An alert is sent, updated and cancelled; every element
 * the Tab key reaches shows where the focus is.
 */
class EmergencyKeyboardBrowserTests extends BrowserTest {

	@Autowired
	SyntheticSubscribers residents;

	@Test
	void anAlertIsSentUpdatedAndCancelledWithTheKeyboardOnly() {
		residents.generate(20, 13);
		signInAs("emergency");
		open("/console/emergency");
		String marker = "KEY-" + UUID.randomUUID().toString().substring(0, 8);

		tabTo("input[name=kind]:checked");
		while (!"evacuation-order".equals(focused().getDomProperty("value"))) {
			press(Keys.ARROW_RIGHT);
		}
		tabTo("input[name=areas][value='北部']");
		press(Keys.SPACE);
		assertThat(focused().isSelected()).isTrue();
		tabTo("#title");
		assertThat(focused().getDomProperty("value")).isEqualTo("【警戒レベル4】避難指示（北部）");
		press(Keys.END, " " + marker);
		tabTo("#review");
		screenshot("emergency-keyboard");
		press(Keys.ENTER);
		// Once the head-count is known the focus is on the send button: Enter sends.
		waitFor().until(driver -> "confirm-send".equals(focused().getDomAttribute("id")));
		assertFocusVisible();
		press(Keys.ENTER);
		waitFor().until(driver -> driver.findElement(By.id("all-sent")).isDisplayed());
		assertThat(byId("progress-state").getText()).isEqualTo("送信済み");

		tabTo("#update-title");
		press(Keys.chord(Keys.CONTROL, "a"), "【続報】" + marker);
		tabTo("#update-review");
		press(Keys.ENTER);
		waitFor().until(driver -> "update-send".equals(focused().getDomAttribute("id")));
		assertFocusVisible();
		press(Keys.ENTER);
		waitFor().until(driver -> driver.findElement(By.cssSelector(".badges")).getText().contains("第2版"));
		awaitPageLoaded();

		tabTo("#cancel-reason");
		press("誤って送信したため");
		tabTo("#cancel-review");
		press(Keys.ENTER);
		waitFor().until(driver -> "cancel-send".equals(focused().getDomAttribute("id")));
		assertFocusVisible();
		press(Keys.ENTER);
		waitFor().until(driver -> driver.findElement(By.id("progress-state")).getText().equals("取り消し"));
		assertThat(browser.findElements(By.id("update-form"))).isEmpty();
	}

	/**
	 * Presses Tab until the element matching {@code css} has the focus, checking each
	 * stop shows its focus.
	 */
	private void tabTo(String css) {
		WebElement target = browser.findElement(By.cssSelector(css));
		for (int presses = 0; presses < 300; presses++) {
			if (target.equals(focused())) {
				assertFocusVisible();
				return;
			}
			press(Keys.TAB);
			assertFocusVisible();
		}
		throw new AssertionError("Tab never reached " + css);
	}

	private void press(CharSequence... keys) {
		focused().sendKeys(keys);
	}

	private WebElement focused() {
		return browser.switchTo().activeElement();
	}

	/**
	 * The focused element is drawn with a visible outline (the console's, or the
	 * browser's own focus ring).
	 */
	private void assertFocusVisible() {
		String outline = (String) browser.executeScript("""
				const e = document.activeElement, s = getComputedStyle(e);
				return e === document.body ? 'body' : e.matches(':focus-visible') && s.outlineStyle !== 'none'
					&& parseFloat(s.outlineWidth) >= 1 ? 'visible' : e.outerHTML.slice(0, 120);
				""");
		assertThat(outline).as("focus shown on the focused element").isIn("visible", "body");
	}

}

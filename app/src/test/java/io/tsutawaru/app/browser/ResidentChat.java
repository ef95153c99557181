package io.tsutawaru.app.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/** The sandbox's resident chat page as the browser tests use it: be a resident, type, tap a quick reply, read. */
final class ResidentChat {

	private final BrowserTest test;

	ResidentChat(BrowserTest test) {
		this.test = test;
	}

	void openAs(String resident) {
		test.open("/sandbox/chat");
		WebElement name = test.byId("resident-name");
		name.clear();
		name.sendKeys(resident, Keys.TAB);
	}

	void say(String text) {
		test.byId("message").sendKeys(text, Keys.ENTER);
	}

	/** Taps a quick reply; the chat re-renders them as messages arrive, so a button found may go stale. */
	void tap(String label) {
		test.waitFor().ignoring(StaleElementReferenceException.class).until(driver -> {
			WebElement button = driver.findElements(By.cssSelector("#quick-replies button"))
				.stream()
				.filter(candidate -> candidate.getText().equals(label))
				.findFirst()
				.orElse(null);
			if (button == null) {
				return false;
			}
			button.click();
			return true;
		});
	}

	String timeline() {
		return test.byId("timeline").getDomProperty("textContent");
	}

}

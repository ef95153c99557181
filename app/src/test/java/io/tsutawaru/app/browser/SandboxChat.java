package io.tsutawaru.app.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * A resident in the sandbox chat (/sandbox/chat), in the browser of a
 * {@link BrowserTest}.
 */
final class SandboxChat {

	private final BrowserTest test;

	SandboxChat(BrowserTest test) {
		this.test = test;
	}

	void as(String resident) {
		test.open("/sandbox/chat");
		WebElement name = test.byId("resident-name");
		name.clear();
		name.sendKeys(resident, Keys.TAB);
	}

	void say(String text) {
		test.byId("message").sendKeys(text, Keys.ENTER);
	}

	/**
	 * Taps a quick reply; the chat re-renders them as messages arrive, so a button found
	 * may go stale.
	 */
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

	void waitForBot(String text) {
		test.waitFor().until(driver -> timeline().contains(text));
	}

	String timeline() {
		return test.byId("timeline").getDomProperty("textContent");
	}

	/**
	 * Reports a problem of this category, without photo or comment, at the default place;
	 * its number (R-…).
	 */
	String report(String category) {
		say("通報");
		tap(category);
		tap("写真なし");
		test.byId("show-location").click();
		test.byId("location-form").findElement(By.cssSelector("button[type=submit]")).click();
		tap("コメントなし");
		waitForBot("受付番号");
		return timeline().replaceAll("(?s).*受付番号：(R-\\d+).*", "$1");
	}

}

package io.tsutawaru.app.browser;

import java.util.UUID;

import io.tsutawaru.notifier.SyntheticSubscribers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emergency screen on a tablet and on a phone-width window: no sideways scrolling on
 * the form, the confirmation or the follow-up page, and every control that sends, updates
 * or cancels lies inside the window where it can be seen and pressed.
 */
class EmergencyOnDevicesBrowserTests extends BrowserTest {

	@Autowired
	SyntheticSubscribers residents;

	@ParameterizedTest(name = "{0} {1}x{2}")
	@CsvSource({ "tablet, 820, 1180", "phone, 390, 844" })
	void anAlertIsSentUpdatedAndCancelledOnASmallScreenWithoutSidewaysScrolling(String device, int width, int height) {
		residents.generate(20, 17);
		signInAs("emergency");
		Dimension desktop = browser.manage().window().getSize();
		browser.manage().window().setSize(new Dimension(width, height));
		try {
			open("/console/emergency");
			assertFits(device + " emergency form");
			String marker = "DEV-" + UUID.randomUUID().toString().substring(0, 8);
			reachable(browser.findElement(By.cssSelector("input[name=kind][value='evacuation-order']"))).click();
			reachable(browser.findElement(By.cssSelector("input[name=areas][value='北部']"))).click();
			reachable(byId("title")).sendKeys(" " + marker);
			screenshot(device + "-emergency");
			reachable(byId("review")).click();
			waitFor().until(ExpectedConditions.elementToBeClickable(By.id("confirm-send")));
			assertFits(device + " confirmation");
			assertInsideWindow(byId("confirm"));
			reachable(byId("confirm-send")).click();
			waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("all-sent")));
			awaitPageLoaded();
			assertFits(device + " follow-up page");

			WebElement title = reachable(byId("update-title"));
			title.clear();
			title.sendKeys("【続報】" + marker);
			reachable(byId("update-review")).click();
			waitFor().until(ExpectedConditions.elementToBeClickable(By.id("update-send")));
			assertInsideWindow(byId("update-confirm"));
			reachable(byId("update-send")).click();
			waitFor().until(driver -> driver.findElement(By.cssSelector(".badges")).getText().contains("第2版"));
			awaitPageLoaded();
			assertFits(device + " updated");
			screenshot(device + "-emergency-progress");

			reachable(byId("cancel-reason")).sendKeys("訓練のため");
			reachable(byId("cancel-review")).click();
			waitFor().until(ExpectedConditions.elementToBeClickable(By.id("cancel-send")));
			assertInsideWindow(byId("cancel-confirm"));
			reachable(byId("cancel-send")).click();
			waitFor().until(driver -> driver.findElement(By.id("progress-state")).getText().equals("取り消し"));
			assertFits(device + " cancelled");
		}
		finally {
			browser.manage().window().setSize(desktop);
		}
	}

	private void assertFits(String what) {
		long overflow = (Long) browser
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
		assertThat(overflow).as("sideways scrolling on the " + what).isLessThanOrEqualTo(0);
	}

	/**
	 * Scrolled to as a person would, the element is shown whole inside the window's width
	 * and height.
	 */
	private WebElement reachable(WebElement element) {
		browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		assertThat(element.isDisplayed()).as(element.getDomAttribute("id") + " shown").isTrue();
		assertInsideWindow(element);
		return element;
	}

	private void assertInsideWindow(WebElement element) {
		Boolean inside = (Boolean) browser.executeScript("""
				const r = arguments[0].getBoundingClientRect();
				return r.width > 0 && r.left >= 0 && r.right <= document.documentElement.clientWidth
					&& r.top >= 0 && r.bottom <= window.innerHeight;
				""", element);
		assertThat(inside).as(element.getTagName() + "#" + element.getDomAttribute("id") + " inside the window")
			.isTrue();
	}

}

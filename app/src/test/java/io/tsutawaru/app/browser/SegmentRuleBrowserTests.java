package io.tsutawaru.app.browser;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20: on the compose screen the checkboxes and the rule text say the same thing. A
 * rule edited by hand is read back into the checkboxes when they can express it, and
 * otherwise the screen says that the rule is custom and the checkboxes do not apply; a
 * rule with an error shows where the error is.
 */
class SegmentRuleBrowserTests extends BrowserTest {

	@Test
	void theCheckboxesFollowARuleEditedByHandOrSayThatItIsCustom() {
		signInAs("pr");
		open("/console/compose");
		box("area", "北部").click();
		waitFor().until(driver -> rule().getDomProperty("value").equals("area in (\"北部\")"));

		type("area in (\"中央\", \"南部\") and (\"防災\" in interests or \"ごみ\" in interests) and language = \"en\"");

		waitFor().until(driver -> checked()
			.equals(List.of("area=中央", "area=南部", "interests=防災", "interests=ごみ", "language=en")));
		assertThat(byId("rule-custom").isDisplayed()).isFalse();

		type("area = \"北部\" or age = \"20代\"");

		waitFor().until(driver -> byId("rule-custom").isDisplayed());
		assertThat(checked()).isEmpty();
		assertThat(box("area", "北部").isEnabled()).as("a checkbox would not change a custom rule").isFalse();
		screenshot("compose-custom-rule");

		byId("rule-reset").click();
		assertThat(rule().getDomProperty("value")).isEqualTo("all");
		assertThat(byId("rule-custom").isDisplayed()).isFalse();
		assertThat(box("area", "北部").isEnabled()).isTrue();
		box("age", "20代").click();
		assertThat(rule().getDomProperty("value")).isEqualTo("age in (\"20代\")");
	}

	@Test
	void aRuleWithAnErrorShowsWhereTheErrorIs() {
		signInAs("pr");
		open("/console/compose");

		type("area = \"北部\" & language = \"ja\"");

		waitFor().until(driver -> byId("rule-error").isDisplayed());
		WebElement at = byId("rule-error-at");
		// The notifier finds the stray character at position 12; the text before it is
		// shown as it was typed.
		assertThat(at.findElement(By.tagName("mark")).getText()).isEqualTo("&");
		assertThat(at.getText()).startsWith("area = \"北部\" &");
		assertThat(rule().getDomAttribute("aria-invalid")).isEqualTo("true");
		screenshot("compose-rule-error");

		type("area = \"北部\" and");

		// An error at the very end of the rule is marked after its last character.
		waitFor()
			.until(driver -> driver.findElement(By.cssSelector("#rule-error-at mark")).getDomAttribute("class") != null
					&& driver.findElement(By.cssSelector("#rule-error-at mark"))
						.getDomAttribute("class")
						.contains("at-end"));
		assertThat(byId("rule-error-at").getText()).startsWith("area = \"北部\" and");

		type("area = \"北部\"");
		waitFor().until(driver -> !driver.findElement(By.id("rule-error")).isDisplayed());
		assertThat(checked()).containsExactly("area=北部");
	}

	private WebElement rule() {
		return byId("segmentRule");
	}

	private void type(String text) {
		WebElement rule = rule();
		rule.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		rule.sendKeys(text);
	}

	private WebElement box(String attribute, String value) {
		return browser
			.findElement(By.cssSelector("fieldset[data-attribute=" + attribute + "] input[value='" + value + "']"));
	}

	private List<String> checked() {
		return browser.findElements(By.cssSelector("fieldset[data-attribute] input:checked"))
			.stream()
			.map(box -> box.findElement(By.xpath("ancestor::fieldset[@data-attribute]"))
				.getDomAttribute("data-attribute") + "=" + box.getDomAttribute("value"))
			.toList();
	}

}

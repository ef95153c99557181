package io.tsutawaru.app.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff read the staff API's documentation in Swagger UI and try an operation with their
 * console session, under the service's content security policy (scripts and styles only
 * from the service itself).
 */
class ApiDocsBrowserTests extends BrowserTest {

	@Test
	void signedInStaffBrowseTheApiDocumentationAndTryTheSegmentPreview() {
		signInAs("pr");
		open("/swagger-ui.html");
		waitFor().until(driver -> driver.findElements(By.cssSelector(".opblock-summary-description"))
			.stream()
			.anyMatch(summary -> summary.getText().equals("Create a notice and submit it")));
		assertThat(browser.findElement(By.cssSelector(".info .title")).getText()).contains("tsutawaru staff API");

		WebElement preview = byId("operations-Segments-preview");
		preview.findElement(By.cssSelector(".opblock-summary")).click();
		waitFor().until(driver -> !preview.findElements(By.cssSelector(".try-out__btn")).isEmpty());
		preview.findElement(By.cssSelector(".try-out__btn")).click();
		WebElement rule = preview.findElement(By.cssSelector("tr[data-param-name=rule] input"));
		rule.clear();
		rule.sendKeys("all");
		preview.findElement(By.cssSelector("button.execute")).click();
		By answer = By.cssSelector(".live-responses-table tbody .response");
		waitFor().until(driver -> !preview.findElements(answer).isEmpty());
		WebElement response = preview.findElement(answer);
		assertThat(response.findElement(By.cssSelector(".response-col_status")).getText()).isEqualTo("200");
		assertThat(response.findElement(By.cssSelector(".response-col_description")).getText()).contains("\"line\"",
				"\"email\"", "\"residents\"");
		screenshot("api-docs");
	}

}

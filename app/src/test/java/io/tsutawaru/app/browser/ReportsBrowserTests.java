package io.tsutawaru.app.browser;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.tsutawaru.app.audit.StaffAction;
import io.tsutawaru.app.audit.StaffActions;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20: a real city's reports in the console — filtered by status, category and area
 * and paged, drawn on a plot of where they are (no map server needed), assigned to a
 * department, and each report's history of who changed what and when. Every report shown,
 * in the list or on the map, is recorded as read.
 */
class ReportsBrowserTests extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffActions staffActions;

	@Test
	void staffFilterAPageOfReportsByCategoryAndAreaAndSeeThemOnTheMap() {
		// 52 reports of one category in one area (more than a page), and others that the
		// filter leaves out.
		List<String> west = java.util.stream.IntStream.range(0, 52)
			.mapToObj(i -> insert("illegal-dumping", "西部", 35.17 + i * 0.001, 137.02 + (i % 7) * 0.002))
			.toList();
		insert("illegal-dumping", "東部", 35.19, 137.09);
		insert("park", "西部", 35.18, 137.03);
		insert("illegal-dumping", null, 35.18, 137.04);

		signInAs("desk");
		open("/console/reports");
		new Select(byId("filter-category")).selectByVisibleText("不法投棄");
		new Select(byId("filter-area")).selectByVisibleText("西部");
		byId("apply-filters").click();

		// The map comes last on the page: once it is there, so is the list.
		waitFor().until(driver -> driver.getCurrentUrl().contains("area=")
				&& !driver.findElements(By.id("report-map")).isEmpty());
		assertThat(byId("report-count").getText()).isEqualTo("52件（1/2ページ）");
		assertThat(rows()).hasSize(50).allSatisfy(row -> assertThat(row).contains("不法投棄", "西部"));
		List<WebElement> markers = browser.findElements(By.cssSelector("#report-map-plot a.map-marker"));
		assertThat(markers).extracting(marker -> marker.getDomAttribute("data-report"))
			.containsExactlyInAnyOrderElementsOf(west);
		screenshot("reports-filtered-map");

		byId("page-next").click();
		waitFor().until(driver -> driver.findElement(By.id("report-count")).getText().equals("52件（2/2ページ）")
				&& !driver.findElements(By.id("report-map")).isEmpty());
		assertThat(rows()).hasSize(2).allSatisfy(row -> assertThat(row).contains("不法投棄", "西部"));
		assertThat(new Select(byId("filter-area")).getFirstSelectedOption().getText()).isEqualTo("西部");

		// Every report the map showed was recorded as read, although it takes more than
		// one row of the audit.
		Set<String> read = staffActions.reads(50)
			.stream()
			.filter(action -> action.path().equals("/console/reports") && action.username().equals("desk"))
			.map(StaffAction::subjects)
			.flatMap(subjects -> Arrays.stream(subjects.split(",")))
			.collect(Collectors.toSet());
		assertThat(read).containsAll(west.stream().map(number -> "report:" + number).toList());

		browser.findElements(By.cssSelector("#report-map-plot a.map-marker"))
			.stream()
			.filter(marker -> west.getFirst().equals(marker.getDomAttribute("data-report")))
			.findFirst()
			.orElseThrow()
			.click();
		waitFor().until(driver -> driver.getCurrentUrl().endsWith("/console/reports/" + west.getFirst()));
	}

	@Test
	void aReportIsAssignedToADepartmentAndItsHistorySaysWhoDidWhatAndWhen() {
		String number = insert("road", "北部", 35.18, 137.05);
		signInAs("desk");
		open("/console/reports/" + number);
		assertThat(byId("report-department").getText()).isEqualTo("未定");
		assertThat(byId("report-area").getText()).isEqualTo("北部");
		assertThat(byId("report-history").getText()).contains("まだ誰も対応していません。");

		new Select(byId("department")).selectByVisibleText("道路課");
		byId("assign").click();
		waitFor().until(driver -> driver.findElements(By.id("done")).size() == 1);
		assertThat(byId("report-department").getText()).isEqualTo("道路課");
		browser.findElement(By.cssSelector("input[name=status][value=IN_PROGRESS]")).click();
		byId("note").sendKeys("来週、補修します。");
		byId("change-status").click();
		waitFor().until(driver -> driver.findElement(By.id("report-status")).getText().equals("対応中"));

		List<String> history = browser.findElements(By.cssSelector("#report-history-table tbody tr"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(history).hasSize(2);
		assertThat(history.get(0)).contains("desk", "担当課を「道路課」に変更").matches("(?s)\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}.*");
		assertThat(history.get(1)).contains("desk", "状態を「対応中」に変更", "来週、補修します。");
		screenshot("report-history");

		open("/console/reports");
		assertThat(rows()).anySatisfy(row -> assertThat(row).contains(number, "道路課", "北部", "対応中"));
	}

	private List<String> rows() {
		return browser.findElements(By.cssSelector("#reports tbody tr")).stream().map(WebElement::getText).toList();
	}

	/**
	 * A report as the bot stores it (the conversation itself is the bot's tests' and
	 * ResidentsBrowserTests').
	 */
	private String insert(String category, String area, double latitude, double longitude) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql(
				"""
						INSERT INTO bot_reports (line_user_id, category, status, latitude, longitude, address, language,
						    submitted_at, updated_at, area)
						VALUES ('U-reports-browser', :category, 'RECEIVED', :latitude, :longitude, '長久手市', 'ja', :now, :now, :area)""")
			.param("category", category)
			.param("latitude", latitude)
			.param("longitude", longitude)
			.param("area", area)
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update(keys, "id");
		return "R-%06d".formatted(keys.getKeyAs(Number.class).longValue());
	}

}

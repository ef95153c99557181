package io.tsutawaru.app.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import io.tsutawaru.notifier.SyntheticSubscribers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard at a city's volume: residents per area add up to everyone (those who
 * chose no area as 「未設定」), and the delivery chart shows the nightly figures, which count
 * every notice of a day.
 */
class DashboardBrowserTests extends BrowserTest {

	@Autowired
	SyntheticSubscribers residents;

	@Autowired
	JdbcClient jdbc;

	@Test
	void residentsPerAreaAddUpAndTheChartShowsTheNightlyFigures() {
		residents.generate(9_800, 20);
		LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1);
		// What deliveryReportJob writes for a day: here 250 notices yesterday, more than
		// any recent-notices list holds.
		long firstNotice = ThreadLocalRandom.current().nextLong(1_000_000, 2_000_000);
		for (long notice = firstNotice; notice < firstNotice + 250; notice++) {
			figure(yesterday, notice, "line", 40, 39, 1);
			figure(yesterday, notice, "email", 10, 10, 0);
		}
		figure(yesterday.minusDays(3), firstNotice, "line", 1000, 990, 10);

		signInAs("admin");
		open("/console");
		long everyone = number(byId("residents").getText());
		List<WebElement> areas = browser.findElements(By.cssSelector("#by-area tbody tr"));
		long sum = areas.stream().mapToLong(row -> number(row.findElements(By.tagName("td")).get(2).getText())).sum();
		// Everyone reachable: the generator lets a few of the 9,800 unfollow.
		assertThat(everyone).isGreaterThan(9_000);
		assertThat(sum).isEqualTo(everyone);
		WebElement unset = areas.getLast();
		assertThat(unset.findElement(By.tagName("th")).getText()).isEqualTo("未設定");
		assertThat(number(unset.findElements(By.tagName("td")).get(2).getText())).isPositive();

		WebElement chart = byId("delivery-chart");
		assertThat(chart.findElements(By.cssSelector(".chart-day"))).hasSize(14);
		chart.findElement(By.tagName("summary")).click();
		WebElement day = chart.findElement(By.cssSelector("tr[data-day='" + yesterday + "']"));
		assertThat(day.findElement(By.className("notices")).getText()).isEqualTo("250");
		assertThat(day.findElement(By.className("sent")).getText()).isEqualTo("12250");
		assertThat(day.findElement(By.className("failed")).getText()).isEqualTo("250");
		WebElement earlier = chart.findElement(By.cssSelector("tr[data-day='" + yesterday.minusDays(3) + "']"));
		assertThat(earlier.findElement(By.className("sent")).getText()).isEqualTo("990");
		screenshot("dashboard-areas-chart");
	}

	/** A row as deliveryReportJob writes it (the job's own tests hold how it counts). */
	private void figure(LocalDate day, long notice, String channel, long planned, long sent, long failed) {
		jdbc.sql("INSERT INTO batch_delivery_figures (report_day, notice_id, title, channel, planned, sent, failed)"
				+ " VALUES (?, ?, ?, ?, ?, ?, ?)")
			.params(day, notice, "お知らせ " + notice, channel, planned, sent, failed)
			.update();
	}

	private static long number(String shown) {
		return Long.parseLong(shown.replace(",", "").strip());
	}

}

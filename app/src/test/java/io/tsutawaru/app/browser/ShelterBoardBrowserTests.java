package io.tsutawaru.app.browser;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.tsutawaru.shelters.Crowding;
import io.tsutawaru.shelters.Hazard;
import io.tsutawaru.shelters.ListKind;
import io.tsutawaru.shelters.ListedShelter;
import io.tsutawaru.shelters.Shelter;
import io.tsutawaru.shelters.ShelterImport;
import io.tsutawaru.shelters.Shelters;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shelter board on the emergency screen (issue 18): emergency staff find a shelter,
 * open it as crowded with one action, see it among the open ones, and the change is kept
 * by the shelters module and in the audit log. Its shelters have names of their own,
 * since every browser test shares one running service.
 */
class ShelterBoardBrowserTests extends BrowserTest {

	@Autowired
	ShelterImport imports;

	@Autowired
	Shelters shelters;

	@Autowired
	JdbcClient jdbc;

	@Test
	void emergencyStaffFindAShelterAndOpenItAsCrowdedWithOneAction() {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String school = "ボード小学校" + tag;
		imports.write(List.of(listed(tag + "-1", school, Set.of(Hazard.FLOOD, Hazard.EARTHQUAKE)),
				listed(tag + "-2", "ボード公園" + tag, Set.of(Hazard.FIRE))));
		Shelter shelter = shelters.search(school, false).getFirst();

		signInAs("emergency");
		browser.findElement(By.linkText("緊急配信")).click();
		byId("shelter-board-link").click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("避難所の開設状況");
		byId("q").sendKeys(tag);
		byId("shelter-search").findElement(By.cssSelector("button")).click();
		waitFor().until(driver -> driver.findElements(By.cssSelector("#shelters tbody tr")).size() == 2);
		WebElement row = byId("shelter-" + shelter.id());
		assertThat(row.getText()).contains(school, "つたわる市本町", "洪水・地震", "閉鎖中");

		new Select(row.findElement(By.tagName("select"))).selectByVisibleText("開設（混雑）");
		row.findElement(By.tagName("button")).click();
		waitFor().until(driver -> driver.findElements(By.id("done")).size() == 1);
		assertThat(byId("done").getText()).isEqualTo(school + ": 混雑にしました");
		assertThat(byId("shelter-" + shelter.id()).findElement(By.cssSelector(".state")).getText()).isEqualTo("開設（混雑）");
		Shelter marked = shelters.find(shelter.id()).orElseThrow();
		assertThat(marked.open()).isTrue();
		assertThat(marked.crowding()).isEqualTo(Crowding.CROWDED);
		assertThat(marked.changedBy()).isEqualTo("emergency");
		assertThat(jdbc
			.sql("SELECT COUNT(*) FROM staff_actions WHERE username = 'emergency' AND action = 'POST' AND path = ?")
			.param("/console/emergency/shelters/" + shelter.id())
			.query(Long.class)
			.single()).isEqualTo(1);

		// The search kept, now only the open ones: the crowded school, not the closed
		// park.
		byId("open-only").click();
		byId("shelter-search").findElement(By.cssSelector("button")).click();
		waitFor().until(driver -> driver.findElements(By.cssSelector("#shelters tbody tr")).size() == 1);
		assertThat(byId("shelters").getText()).contains(school).doesNotContain("ボード公園" + tag);
		screenshot("shelter-board");

		// Closed again: the board says so, in English too, and the open filter finds
		// nothing.
		new Select(byId("shelter-" + shelter.id()).findElement(By.tagName("select"))).selectByValue("closed");
		byId("shelter-" + shelter.id()).findElement(By.tagName("button")).click();
		waitFor().until(driver -> driver.findElements(By.id("no-shelters")).size() == 1);
		open("/console/emergency/shelters?lang=en&q=" + tag);
		assertThat(byId("shelter-" + shelter.id()).findElement(By.cssSelector(".state")).getText()).isEqualTo("Closed");
		assertThat(byId("shelter-" + shelter.id()).getText()).contains("Flood・Earthquake");
		open("/console/emergency/shelters?lang=ja");
		assertThat(shelters.find(shelter.id()).orElseThrow().open()).isFalse();
	}

	private static ListedShelter listed(String id, String name, Set<Hazard> hazards) {
		return new ListedShelter(ListKind.EVACUATION_SITE, "209999", id, name, "", "つたわる市本町" + id, 36.0, 138.0, hazards,
				100);
	}

}

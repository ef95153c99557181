package io.tsutawaru.app.shelter;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.tsutawaru.app.ServiceTest;
import io.tsutawaru.app.browser.EmergencyStaffApi;
import io.tsutawaru.shelters.Crowding;
import io.tsutawaru.shelters.Hazard;
import io.tsutawaru.shelters.ListKind;
import io.tsutawaru.shelters.ListedShelter;
import io.tsutawaru.shelters.Shelter;
import io.tsutawaru.shelters.ShelterImport;
import io.tsutawaru.shelters.Shelters;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shelters on the web (issue 18): the public page lists the open ones, an emergency's
 * 「詳しくはこちら」 page shows them through the notifier's NoticePageSection (a cancelled one
 * does not), and the staff API answers bad input with 400 problems naming the field.
 * Shelters have names of their own, as every test shares the running service.
 */
class ShelterPagesAndApiTests extends ServiceTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	ShelterImport imports;

	@Autowired
	Shelters shelters;

	@Test
	void thePublicPageAndAnEmergencysPageListTheOpenShelters() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Shelter open = shelter(tag + "-open", "開設中の学校" + tag);
		Shelter closed = shelter(tag + "-closed", "閉鎖中の公園" + tag);
		shelters.mark(open.id(), true, Crowding.FULL, "emergency");

		String page = http.getForObject("/shelters", String.class);
		assertThat(page)
			.contains("<h2 id=\"open-shelters\">開設中の避難所</h2>", "開設中の学校" + tag + "</strong> — 満員",
					"query=36.000000,138.000000")
			.doesNotContain(closed.name());
		assertThat(http.getForObject("/shelters?lang=en", String.class)).contains("Open shelters",
				"開設中の学校" + tag + "</strong> — full");

		Map<String, Object> notice = Map.of("title", "【訓練】避難指示 " + tag, "body", "訓練です。", "severity", "emergency",
				"status", "exercise", "channels", List.of("website"), "segmentRule", "all");
		ResponseEntity<Map> created = http.postForEntity("/api/notices",
				new HttpEntity<>(notice, EmergencyStaffApi.headers()), Map.class);
		long id = ((Number) created.getBody().get("id")).longValue();
		await().until(() -> http.getForEntity("/notices/" + id, String.class).getStatusCode().value() == 200);
		assertThat(http.getForObject("/notices/" + id + "?lang=easy-ja", String.class))
			.contains("あいている ひなんじょ", "開設中の学校" + tag + "</strong> — いっぱいです")
			.doesNotContain(closed.name());
		EmergencyStaffApi.cancel(http, id, "訓練終了");
		await().until(() -> !http.getForObject("/notices/" + id, String.class).contains("開設中の学校" + tag));
		shelters.mark(open.id(), false, Crowding.VACANT, "emergency");
	}

	@Test
	void theApiSetsAStateAndAnswersBadInputWithProblems() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		Shelter shelter = shelter(tag, "API小学校" + tag);
		String path = "/api/shelters/" + shelter.id() + "/status";

		ResponseEntity<Map> marked = put(path, "{\"open\": true, \"crowding\": \"crowded\"}");
		assertThat(marked.getStatusCode().value()).isEqualTo(200);
		assertThat(marked.getBody()).containsEntry("open", true)
			.containsEntry("crowding", "crowded")
			.containsEntry("state", "crowded")
			.containsEntry("changedBy", "emergency")
			.containsEntry("hazards", List.of("earthquake"));
		ResponseEntity<List> listed = http.exchange("/api/shelters?open=true&q=" + tag, HttpMethod.GET,
				new HttpEntity<>(EmergencyStaffApi.headers()), List.class);
		assertThat(listed.getBody()).hasSize(1);

		assertProblem(put(path, "{\"crowding\": \"full\"}"), 400, "open");
		assertProblem(put(path, "{\"open\": true, \"crowding\": \"packed\"}"), 400, "crowding");
		assertProblem(put(path, "{\"open\": false, \"crowding\": \"full\"}"), 400, "crowding");
		assertThat(put(path, "{\"open\": \"maybe\"}").getStatusCode().value()).isEqualTo(400);
		assertThat(put(path, "not json").getStatusCode().value()).isEqualTo(400);
		assertThat(put("/api/shelters/x/status", "{\"open\": true}").getStatusCode().value()).isEqualTo(400);
		assertThat(put("/api/shelters/999999999/status", "{\"open\": true}").getStatusCode().value()).isEqualTo(404);
		assertThat(http
			.exchange("/api/shelters?open=perhaps", HttpMethod.GET, new HttpEntity<>(EmergencyStaffApi.headers()),
					Map.class)
			.getStatusCode()
			.value()).isEqualTo(400);
		assertThat(shelters.find(shelter.id()).orElseThrow().crowding()).isEqualTo(Crowding.CROWDED);

		HttpHeaders pr = new HttpHeaders();
		pr.setContentType(MediaType.APPLICATION_JSON);
		pr.setBasicAuth("pr", "pr-password");
		assertThat(http.exchange(path, HttpMethod.PUT, new HttpEntity<>("{\"open\": false}", pr), Map.class)
			.getStatusCode()
			.value()).isEqualTo(403);
		shelters.mark(shelter.id(), false, Crowding.VACANT, "emergency");
	}

	private ResponseEntity<Map> put(String path, String json) {
		return http.exchange(path, HttpMethod.PUT, new HttpEntity<>(json, EmergencyStaffApi.headers()), Map.class);
	}

	private static void assertProblem(ResponseEntity<Map> response, int status, String field) {
		assertThat(response.getStatusCode().value()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
		assertThat(response.getBody()).containsEntry("field", field);
	}

	private Shelter shelter(String id, String name) {
		imports.write(List.of(new ListedShelter(ListKind.EVACUATION_SITE, "209999", id, name, "", "つたわる市本町", 36.0,
				138.0, Set.of(Hazard.EARTHQUAKE), 50)));
		return shelters.search(name, false).getFirst();
	}

}

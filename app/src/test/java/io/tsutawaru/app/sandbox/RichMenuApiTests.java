package io.tsutawaru.app.sandbox;

import io.tsutawaru.app.ServiceTest;
import io.tsutawaru.app.sandbox.line.SandboxRichMenus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/rich-menu} on the whole service with the sandbox as LINE: the menus the
 * service created at start-up, the switch every resident sees (linked or not), the audit
 * row, and the roles that may switch.
 */
class RichMenuApiTests extends ServiceTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	SandboxRichMenus line;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void everydayAgain() {
		http.withBasicAuth("admin", "admin-password").postForEntity("/api/rich-menu/normal", null, String.class);
	}

	@Test
	void emergencyStaffSwitchEveryResidentToTheDisasterMenuAndBack() {
		// What the start-up did in the sandbox: the menus with their images, the guest
		// menu the default.
		assertThat(shownMenu()).startsWith("tsutawaru-guest-");

		ResponseEntity<String> switched = http.withBasicAuth("emergency", "emergency-password")
			.postForEntity("/api/rich-menu/disaster", null, String.class);

		assertThat(switched.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(switched.getBody()).contains("\"mode\":\"DISASTER\"", "\"changedBy\":\"emergency\"");
		assertThat(shownMenu()).startsWith("tsutawaru-disaster-");
		assertThat(http.withBasicAuth("emergency", "emergency-password").getForObject("/api/rich-menu", String.class))
			.contains("\"mode\":\"DISASTER\"");
		assertThat(jdbc
			.sql("SELECT COUNT(*) FROM staff_actions WHERE username = 'emergency' AND path = '/api/rich-menu/disaster'")
			.query(Long.class)
			.single()).isEqualTo(1);

		assertThat(http.withBasicAuth("emergency", "emergency-password")
			.postForEntity("/api/rich-menu/normal", null, String.class)
			.getBody()).contains("\"mode\":\"NORMAL\"");
		assertThat(shownMenu()).startsWith("tsutawaru-guest-");
	}

	@Test
	void onlyEmergencyStaffAndAdministratorsMaySwitch() {
		assertThat(http.withBasicAuth("pr", "pr-password")
			.postForEntity("/api/rich-menu/disaster", null, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(http.withBasicAuth("emergency", "emergency-password")
			.postForEntity("/api/rich-menu/flood", null, String.class)
			.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
		assertThat(http.withBasicAuth("emergency", "emergency-password").getForObject("/api/rich-menu", String.class))
			.contains("\"mode\":\"NORMAL\"");
	}

	@Test
	void theSandboxAnswersLinesAliasApiAndTheServiceNamedItsMenus() {
		// The start-up named each menu with its alias.
		String aliases = lineCall(HttpMethod.GET, "/v2/bot/richmenu/alias/list", null).getBody();
		assertThat(aliases).contains("\"richMenuAliasId\":\"tsutawaru-guest\"",
				"\"richMenuAliasId\":\"tsutawaru-resident\"", "\"richMenuAliasId\":\"tsutawaru-disaster\"");
		String guest = line.shownTo("Uanyone").orElseThrow().richMenuId();
		assertThat(lineCall(HttpMethod.GET, "/v2/bot/richmenu/alias/tsutawaru-guest", null).getBody())
			.isEqualTo("{\"richMenuAliasId\":\"tsutawaru-guest\",\"richMenuId\":\"" + guest + "\"}");

		assertThat(lineCall(HttpMethod.POST, "/v2/bot/richmenu/alias",
				"{\"richMenuAliasId\":\"tab-a\",\"richMenuId\":\"" + guest + "\"}")
			.getStatusCode()).isEqualTo(HttpStatus.OK);
		// LINE's refusals: a second alias of the same id, a menu it does not have, an id
		// it does not take.
		assertThat(lineCall(HttpMethod.POST, "/v2/bot/richmenu/alias",
				"{\"richMenuAliasId\":\"tab-a\",\"richMenuId\":\"" + guest + "\"}")
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(lineCall(HttpMethod.POST, "/v2/bot/richmenu/alias",
				"{\"richMenuAliasId\":\"tab-b\",\"richMenuId\":\"richmenu-none\"}")
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(lineCall(HttpMethod.POST, "/v2/bot/richmenu/alias",
				"{\"richMenuAliasId\":\"タブ\",\"richMenuId\":\"" + guest + "\"}")
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(lineCall(HttpMethod.POST, "/v2/bot/richmenu/alias/tab-none", "{\"richMenuId\":\"" + guest + "\"}")
			.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

		assertThat(lineCall(HttpMethod.DELETE, "/v2/bot/richmenu/alias/tab-a", null).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		assertThat(lineCall(HttpMethod.GET, "/v2/bot/richmenu/alias/tab-a", null).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	private ResponseEntity<String> lineCall(HttpMethod method, String path, String body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.setBearerAuth("sandbox-channel-token");
		return http.exchange("/sandbox/line" + path, method, new HttpEntity<>(body, headers), String.class);
	}

	/** The name of the menu a resident who never registered sees, which says its kind. */
	private String shownMenu() {
		SandboxRichMenus.ShownMenu shown = line.shownTo("Uanyone").orElseThrow();
		assertThat(line.image(shown.richMenuId())).isPresent();
		return shown.menu().path("name").asString();
	}

}

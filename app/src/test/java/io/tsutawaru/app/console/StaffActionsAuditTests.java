package io.tsutawaru.app.console;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tsutawaru.app.ServiceTest;
import io.tsutawaru.app.audit.StaffAction;
import io.tsutawaru.app.audit.StaffActions;
import io.tsutawaru.bot.HandOff;
import io.tsutawaru.bot.HandOffs;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every change staff make is in the audit log with who, what and how it ended; reading
 * pages is not, except residents' personal data (hand-offs, reports, photos), whose every
 * reading is recorded with the records' numbers.
 */
class StaffActionsAuditTests extends ServiceTest {

	@LocalServerPort
	int port;

	@Autowired
	StaffActions staffActions;

	@Autowired
	HandOffs handOffs;

	@Test
	void signInsChangesAndRefusedAttemptsAreRecordedAndShownToAdmin() {
		String title = "監査 " + UUID.randomUUID().toString().substring(0, 8);
		ConsoleSession editor = new ConsoleSession(port);
		editor.signIn("editor", "editor-password");
		editor.get("/console/kb");
		HttpResponse<String> refused = editor.post("/console", "/console/compose", Map.of("title", title, "body", "x"));
		assertThat(refused.statusCode()).isEqualTo(403);

		ConsoleSession pr = new ConsoleSession(port);
		pr.signIn("pr", "pr-password");
		HttpResponse<String> composed = pr.post("/console/compose", "/console/compose",
				Map.of("title", title, "body", "本文", "channels", "website", "segmentRule", "all", "when", "now",
						"severity", "info", "status", "actual"));
		assertThat(composed.statusCode()).isEqualTo(302);

		List<StaffAction> recent = staffActions.recent(50);
		assertThat(recent).anySatisfy(action -> assertThat(action)
			.extracting(StaffAction::username, StaffAction::action, StaffAction::path, StaffAction::status)
			.containsExactly("pr", "POST", "/console/compose", 302));
		assertThat(recent).anySatisfy(action -> assertThat(action)
			.extracting(StaffAction::username, StaffAction::action, StaffAction::path, StaffAction::status)
			.containsExactly("editor", "POST", "/console/compose", 403));
		assertThat(recent)
			.anySatisfy(action -> assertThat(action).extracting(StaffAction::username, StaffAction::action)
				.containsExactly("editor", "SIGN-IN"));
		assertThat(recent).as("pages read are not changes").noneMatch(action -> action.action().equals("GET"));
		assertThat(recent).as("nothing staff typed is kept").noneMatch(action -> action.path().contains(title));

		ConsoleSession admin = new ConsoleSession(port);
		admin.signIn("admin", "admin-password");
		String page = admin.get("/console/admin/audit").body();
		assertThat(page).contains("id=\"staff-actions\"", "/console/compose", "拒否（権限なし）", "サインイン");
	}

	@Test
	void anonymousPostsAreNotStaffActions() {
		int before = staffActions.recent(10_000).size();
		ConsoleSession stranger = new ConsoleSession(port);
		HttpResponse<String> refused = stranger.post("/login", "/console/compose", Map.of("title", "x"));
		assertThat(refused.statusCode()).isIn(302, 401, 403);
		assertThat(staffActions.recent(10_000)).hasSize(before);
	}

	@Test
	void readingResidentsHandOffsAndReportsIsRecordedWithTheirNumbersAndNeverTheirContent() throws Exception {
		String resident = "閲覧" + UUID.randomUUID().toString().substring(0, 6);
		String words = "家の場所を含む相談 " + UUID.randomUUID();
		say(resident, "職員と話したい");
		say(resident, words);
		HandOff handOff = await().until(() -> handOffs.open()
			.stream()
			.filter(open -> open.messages().stream().anyMatch(message -> message.text().equals(words)))
			.findFirst()
			.orElse(null), open -> open != null);

		ConsoleSession pr = new ConsoleSession(port);
		pr.signIn("pr", "pr-password");
		HttpResponse<String> refused = pr.get("/console/handoffs/" + handOff.id());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).doesNotContain(words, resident);

		ConsoleSession desk = new ConsoleSession(port);
		desk.signIn("desk", "desk-password");
		assertThat(desk.get("/console/handoffs").body()).contains(resident);
		assertThat(desk.get("/console/handoffs/" + handOff.id()).body()).contains(words, resident);
		assertThat(desk.get("/console/reports").statusCode()).isEqualTo(200);

		List<StaffAction> reads = staffActions.reads(100);
		assertThat(reads).anySatisfy(read -> assertThat(read)
			.extracting(StaffAction::username, StaffAction::action, StaffAction::path, StaffAction::subjects)
			.containsExactly("desk", "READ", "/console/handoffs/" + handOff.id(), "handoff:" + handOff.id()));
		assertThat(reads).anySatisfy(read -> {
			assertThat(read.path()).isEqualTo("/console/handoffs");
			assertThat(read.subjects().split(",")).contains("handoff:" + handOff.id());
		});
		assertThat(reads).anySatisfy(read -> assertThat(read.path()).isEqualTo("/console/reports"));
		assertThat(reads).as("nothing of the resident's is kept")
			.noneMatch(read -> (read.path() + read.subjects()).contains(resident)
					|| (read.path() + read.subjects()).contains(words));
		assertThat(reads).as("a refused reading read nothing").noneMatch(read -> read.username().equals("pr"));
		assertThat(staffActions.recent(500)).as("readings are not changes").noneMatch(StaffAction::read);

		ConsoleSession admin = new ConsoleSession(port);
		admin.signIn("admin", "admin-password");
		assertThat(admin.get("/console/admin/audit").body()).contains("id=\"personal-data-reads\"",
				"職員対応 #" + handOff.id());
	}

	/**
	 * What a resident types in the sandbox chat, which posts it to the webhook signed as
	 * LINE would.
	 */
	private void say(String resident, String text) throws Exception {
		SandboxResident.act(port, "{\"name\":\"" + resident + "\",\"type\":\"text\",\"text\":\"" + text + "\"}");
	}

}

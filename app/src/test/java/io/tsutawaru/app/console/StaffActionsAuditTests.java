package io.tsutawaru.app.console;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.tsutawaru.app.ServiceTest;
import io.tsutawaru.app.audit.StaffAction;
import io.tsutawaru.app.audit.StaffActions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Every change staff make is in the audit log with who, what and how it ended; reading pages is not. */
class StaffActionsAuditTests extends ServiceTest {

	@LocalServerPort
	int port;

	@Autowired
	StaffActions staffActions;

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
		assertThat(recent).anySatisfy(action -> assertThat(action).extracting(StaffAction::username,
				StaffAction::action, StaffAction::path, StaffAction::status)
			.containsExactly("pr", "POST", "/console/compose", 302));
		assertThat(recent).anySatisfy(action -> assertThat(action).extracting(StaffAction::username,
				StaffAction::action, StaffAction::path, StaffAction::status)
			.containsExactly("editor", "POST", "/console/compose", 403));
		assertThat(recent).anySatisfy(action -> assertThat(action).extracting(StaffAction::username,
				StaffAction::action)
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

}

package io.tsutawaru.app.console;

import java.net.http.HttpResponse;

import io.tsutawaru.app.ServiceTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every console area refuses, on the server, the roles that may not use it; ADMIN may use
 * them all.
 */
@AutoConfigureTestRestTemplate
class ConsoleAccessTests extends ServiceTest {

	@LocalServerPort
	int port;

	@ParameterizedTest(name = "{0} opening {1} gets {2}")
	@CsvSource({ "pr, /console, 200", "emergency, /console, 200", "editor, /console, 200",
			"pr, /console/emergency, 403", "editor, /console/emergency, 403", "pr, /console/kb, 403",
			"emergency, /console/kb, 403", "emergency, /console/compose, 403", "editor, /console/compose, 403",
			"editor, /console/approvals, 403", "emergency, /console/notices, 200", "editor, /console/notices, 403",
			"emergency, /console/schedules, 403", "pr, /console/admin/audit, 403",
			"emergency, /console/admin/jobs, 403", "editor, /console/admin/audit, 403", "pr, /console/handoffs, 403",
			"emergency, /console/handoffs, 403", "editor, /console/handoffs, 403", "pr, /console/reports, 403",
			"emergency, /console/reports, 403", "editor, /console/reports, 403", "desk, /console, 200",
			"desk, /console/handoffs, 200", "desk, /console/reports, 200", "desk, /console/compose, 403",
			"desk, /console/emergency, 403", "desk, /console/kb, 403", "desk, /console/notices, 403",
			"desk, /console/admin/audit, 403" })
	void eachRoleReachesOnlyItsOwnAreas(String user, String path, int status) {
		ConsoleSession session = new ConsoleSession(port);
		assertThat(session.signIn(user, user + "-password")).endsWith("/console");
		HttpResponse<String> page = session.get(path);
		assertThat(page.statusCode()).isEqualTo(status);
		if (status == 403) {
			assertThat(page.body()).contains("この画面を開く権限がありません");
		}
	}

	@ParameterizedTest(name = "{0} may not post to {1}")
	@CsvSource({ "emergency, /console/compose", "editor, /console/compose", "editor, /console/approvals/1",
			"emergency, /console/approvals/1", "pr, /console/emergency", "editor, /console/emergency/1/cancel",
			"pr, /console/kb/entries", "emergency, /console/kb/entries/x/delete",
			"editor, /console/schedules/1/approve", "emergency, /console/schedules/1/stop",
			"pr, /console/admin/jobs/subscriberImportJob", "pr, /console/handoffs/1/reply",
			"emergency, /console/handoffs/1/close", "editor, /console/reports/R-000001/status",
			"pr, /console/reports/R-000001/department", "desk, /console/compose" })
	void formsOfAnotherRoleAreRefused(String user, String path) {
		ConsoleSession session = new ConsoleSession(port);
		session.signIn(user, user + "-password");
		HttpResponse<String> refused = session.post("/console", path, java.util.Map.of("title", "x", "body", "y"));
		assertThat(refused.statusCode()).isEqualTo(403);
	}

	@ParameterizedTest(name = "the menu of {0} shows {1} and hides {2}")
	@CsvSource({ "pr, /console/compose, /console/emergency", "emergency, /console/emergency, /console/compose",
			"editor, /console/kb, /console/notices", "pr, /console/notices, /console/admin/audit",
			"pr, /console/notices, /console/handoffs", "emergency, /console/emergency, /console/reports",
			"desk, /console/handoffs, /console/compose", "desk, /console/reports, /console/kb" })
	void menuShowsOnlyWhatTheRoleMayUse(String user, String shown, String hidden) {
		ConsoleSession session = new ConsoleSession(port);
		session.signIn(user, user + "-password");
		String dashboard = session.get("/console").body();
		assertThat(dashboard).contains("href=\"" + shown + "\"").doesNotContain("href=\"" + hidden + "\"");
	}

	@ParameterizedTest(name = "admin may open {0}")
	@CsvSource({ "/console/emergency", "/console/compose", "/console/approvals", "/console/notices", "/console/kb",
			"/console/kb/entries", "/console/kb/import", "/console/kb/unanswered", "/console/kb/feedback",
			"/console/reports", "/console/handoffs", "/console/admin/jobs", "/console/admin/audit" })
	void adminMayOpenEveryArea(String path) {
		ConsoleSession session = new ConsoleSession(port);
		session.signIn("admin", "admin-password");
		assertThat(session.get(path).statusCode()).isEqualTo(200);
	}

	@ParameterizedTest(name = "a page about a missing {0} is not found")
	@CsvSource({ "/console/notices/999999", "/console/kb/entries/no-such-entry", "/console/reports/R-999999",
			"/console/handoffs/999999", "/console/emergency/999999" })
	void aPageAboutSomethingMissingIsNotFound(String path) {
		ConsoleSession session = new ConsoleSession(port);
		session.signIn("admin", "admin-password");
		HttpResponse<String> page = session.get(path);
		assertThat(page.statusCode()).isEqualTo(404);
		assertThat(page.body()).contains("ページが見つかりません");
	}

}

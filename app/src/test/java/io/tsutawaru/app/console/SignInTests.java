package io.tsutawaru.app.console;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import io.tsutawaru.app.ServiceTest;
import io.tsutawaru.notifier.Preferences;
import io.tsutawaru.notifier.Segments;
import io.tsutawaru.notifier.Subscribers;
import org.junit.jupiter.api.Test;

import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;

import static org.assertj.core.api.Assertions.assertThat;

/** Signing in: throttled after repeated failures, told when a session expired, CSRF required, in two languages. */
@AutoConfigureTestRestTemplate
class SignInTests extends ServiceTest {

	@LocalServerPort
	int port;

	@Autowired
	UserDetailsManager accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	Subscribers subscribers;

	@Autowired
	Segments segments;

	@Test
	void repeatedFailuresBlockEvenTheRightPasswordForAWhile() {
		createAccount("throttled", "right-password");
		ConsoleSession session = new ConsoleSession(port);
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(session.signIn("throttled", "guess-" + attempt)).endsWith("/login?error");
		}
		assertThat(session.signIn("throttled", "right-password")).endsWith("/login?locked");
		assertThat(session.get("/login?locked").body()).contains("ログインの失敗が続いたため");
		assertThat(session.get("/console").statusCode()).isEqualTo(302);
	}

	@Test
	void fewerFailuresThanTheLimitStillLetTheRightPasswordIn() {
		createAccount("forgetful", "right-password");
		ConsoleSession session = new ConsoleSession(port);
		for (int attempt = 0; attempt < 4; attempt++) {
			session.signIn("forgetful", "guess-" + attempt);
		}
		assertThat(session.signIn("forgetful", "right-password")).endsWith("/console");
	}

	@Test
	void basicAuthenticationIsThrottledLikeTheForm() throws Exception {
		createAccount("script", "right-password");
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(basicGet("script", "guess-" + attempt)).isEqualTo(401);
		}
		assertThat(basicGet("script", "right-password")).isEqualTo(401);
	}

	@Test
	void anExpiredSessionIsSentToTheLoginPageWithAReason() throws Exception {
		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/console"))
				.header("Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF")
				.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
				location -> assertThat(location).endsWith("/login?expired"));
	}

	@Test
	void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
		ConsoleSession session = new ConsoleSession(port);
		session.signIn("admin", "admin-password");
		HttpResponse<String> forged = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logout"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("")).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(forged.statusCode()).isEqualTo(403);
	}

	@Test
	void theConsoleSwitchesToEnglishAndRemembersIt() {
		ConsoleSession session = new ConsoleSession(port);
		session.signIn("pr", "pr-password");
		assertThat(session.get("/console").body()).contains("ダッシュボード", "lang=\"ja\"");
		assertThat(session.get("/console?lang=en").body()).contains("Dashboard", "lang=\"en\"", "Sign out");
		assertThat(session.get("/console").body()).contains("Dashboard").doesNotContain("ログアウト");
		assertThat(session.get("/console?lang=ja").body()).contains("ダッシュボード");
	}

	@Test
	void theDashboardCountsResidentsPerChannelAndArea() {
		String resident = "U" + java.util.UUID.randomUUID().toString().replace("-", "");
		subscribers.followed(resident);
		subscribers.updatePreferences(resident, new Preferences("北部", "30代", java.util.Set.of("防災"), "ja"));
		ConsoleSession session = new ConsoleSession(port);
		session.signIn("pr", "pr-password");
		String page = session.get("/console").body();
		long friends = segments.preview("all").line();
		long north = segments.preview("area = \"北部\"").line();
		assertThat(friends).isPositive();
		assertThat(page).contains("id=\"line-friends\">" + String.format("%,d", friends) + "<", "地域別の配信先",
				"言語別の配信先", "やさしい日本語");
		assertThat(page).containsPattern("<th scope=\"row\">北部</th>\\s*<td class=\"num\">" + String.format("%,d", north) + "</td>");
	}

	private int basicGet(String user, String password) throws Exception {
		String credentials = java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes());
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/segments/preview?rule=all"))
				.header("Authorization", "Basic " + credentials)
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private void createAccount(String username, String password) {
		if (!accounts.userExists(username)) {
			accounts.createUser(User.withUsername(username).password(encoder.encode(password)).roles("PR").build());
		}
	}

}

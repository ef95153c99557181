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

/**
 * Signing in: throttled by the real client address, told when a session expired, CSRF
 * required, in two languages.
 */
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

	/**
	 * Without {@code server.forward-headers-strategy} a client cannot choose the address
	 * it is throttled by: every attempt here comes from 127.0.0.1, whatever
	 * X-Forwarded-For says ({@link SignInBehindAProxyTests} has the other half).
	 */
	@Test
	void theForwardedAddressIsIgnoredUnlessTheServiceIsToldToReadIt() {
		createAccount("not-forwarded", "right-password");
		for (int attempt = 0; attempt < 3; attempt++) {
			assertThat(new ConsoleSession(port, "203.0.113." + attempt).signIn("not-forwarded", "guess-" + attempt))
				.endsWith("/login?error");
		}
		assertThat(new ConsoleSession(port, "198.51.100.1").signIn("not-forwarded", "guess-3"))
			.as("the fourth failure from the same real address")
			.endsWith("/login?error&slowed");
	}

	@Test
	void anExpiredSessionIsSentToTheLoginPageWithAReason() throws Exception {
		HttpResponse<Void> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/console"))
				.header("Cookie", "JSESSIONID=0123456789ABCDEF0123456789ABCDEF")
				.build(), HttpResponse.BodyHandlers.discarding());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying(location -> assertThat(location).endsWith("/login?expired"));
	}

	@Test
	void aFormWithoutTheCsrfTokenIsRefused() throws Exception {
		ConsoleSession session = new ConsoleSession(port);
		session.signIn("admin", "admin-password");
		HttpResponse<String> forged = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/logout"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(""))
				.build(), HttpResponse.BodyHandlers.ofString());
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
		assertThat(page).contains("id=\"line-friends\">" + String.format("%,d", friends) + "<", "地域別の配信先", "言語別の配信先",
				"やさしい日本語");
		assertThat(page).containsPattern(
				"<th scope=\"row\"[^>]*>北部</th>\\s*<td class=\"num\">" + String.format("%,d", north) + "</td>");
	}

	private void createAccount(String username, String password) {
		if (!accounts.userExists(username)) {
			accounts.createUser(User.withUsername(username).password(encoder.encode(password)).roles("PR").build());
		}
	}

}

package io.tsutawaru.app.console;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.UserDetailsManager;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Signing in behind a reverse proxy ({@code server.forward-headers-strategy=native}, as
 * the README says for production): the address the proxy forwards is the client the login
 * throttle counts, so each test plays staff and attackers at addresses of their own.
 * Wrong passwords slow an account down from where they came; they never keep the right
 * password out.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "DEMO_ADMIN_PASSWORD=admin-password", "server.forward-headers-strategy=native" })
// Closed after these tests: a third running service would only take memory from the ones
// still in use.
@DirtiesContext
class SignInBehindAProxyTests {

	@DynamicPropertySource
	static void dataDirectory(DynamicPropertyRegistry registry) throws IOException {
		// Not a ServiceTest: a second service needs a data folder of its own (its
		// embedded Redis stops any server
		// it finds in its folder, which would be the one the ServiceTests use).
		Path dataDir = Files.createTempDirectory(Path.of("target"), "proxy-sign-in-test-data-").toAbsolutePath();
		registry.add("tsutawaru.data-dir", dataDir::toString);
	}

	@LocalServerPort
	int port;

	@Autowired
	UserDetailsManager accounts;

	@Autowired
	PasswordEncoder encoder;

	@Test
	void theForwardedAddressIsTheClientTheThrottleCounts() {
		String account = account();
		ConsoleSession guesser = new ConsoleSession(port, "203.0.113.10");
		for (int attempt = 0; attempt < 3; attempt++) {
			assertThat(guesser.signIn(account, "guess-" + attempt)).endsWith("/login?error");
		}
		assertThat(guesser.signIn(account, "guess-3")).endsWith("/login?error&slowed");
		assertThat(new ConsoleSession(port, "198.51.100.10").signIn(account, "typo"))
			.as("the same account from another address")
			.endsWith("/login?error");
	}

	@Test
	void theRightPasswordGetsInAfterFiveWrongOnesFromTheSameAddress() {
		String account = account();
		ConsoleSession session = new ConsoleSession(port, "203.0.113.11");
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(session.signIn(account, "guess-" + attempt)).contains("/login?error");
		}
		assertThat(session.signIn(account, "right-password")).endsWith("/console");
		assertThat(session.get("/console").statusCode()).isEqualTo(200);
		assertThat(new ConsoleSession(port).get("/login?error&slowed").body()).contains("正しいパスワードなら、待った後にログインできます");
	}

	@Test
	void twentyMadeUpUserNamesFromOneAddressDoNotKeepAdminOutOfIt() {
		for (int attempt = 0; attempt < 20; attempt++) {
			assertThat(new ConsoleSession(port, "203.0.113.12").signIn("user-" + UUID.randomUUID(), "guess"))
				.contains("/login?error");
		}
		ConsoleSession admin = new ConsoleSession(port, "203.0.113.12");
		assertThat(admin.signIn("admin", "admin-password")).endsWith("/console");
	}

	@Test
	void basicAuthenticationIsHeldLikeTheFormNeverRefused() throws Exception {
		String account = account();
		for (int attempt = 0; attempt < 5; attempt++) {
			assertThat(basicGet(account, "guess-" + attempt, "203.0.113.13")).isEqualTo(401);
		}
		assertThat(basicGet(account, "right-password", "203.0.113.13")).isEqualTo(200);
	}

	private String account() {
		String name = "staff-" + UUID.randomUUID().toString().substring(0, 8);
		accounts.createUser(User.withUsername(name).password(encoder.encode("right-password")).roles("PR").build());
		return name;
	}

	private int basicGet(String user, String password, String forwardedFor) throws Exception {
		String credentials = Base64.getEncoder()
			.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/segments/preview?rule=all"))
				.header("Authorization", "Basic " + credentials)
				.header("X-Forwarded-For", forwardedFor)
				.build(), HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

}

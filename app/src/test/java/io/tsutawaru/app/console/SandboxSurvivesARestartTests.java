package io.tsutawaru.app.console;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tsutawaru.app.TsutawaruApplication;
import io.tsutawaru.app.embedded.EmbeddedMailbox;
import io.tsutawaru.app.sandbox.line.LineCallLog;
import io.tsutawaru.app.sandbox.line.RecordedCall;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A demo stopped and started again on the same data directory (as {@code bin/tsutawaru}
 * does) still has what it had: the demo passwords printed at the first start still sign
 * in and are not printed again, the mailbox holds its mails with their times, a
 * resident's chat shows the bot's messages with the same numbers, and the sandbox page
 * the LINE calls it received.
 */
@ExtendWith(OutputCaptureExtension.class)
class SandboxSurvivesARestartTests {

	private static final Pattern PRINTED = Pattern.compile("^\\s+(\\w+)\\s+\\w+\\s+([0-9a-f]{16})$", Pattern.MULTILINE);

	@Test
	void passwordsMailsChatsAndLineCallsAreStillThereAfterARestart(@TempDir Path dataDir, CapturedOutput output)
			throws Exception {
		String marker = "RESTART-" + UUID.randomUUID().toString().substring(0, 8);
		String resident = "再起動" + marker;
		Map<String, String> passwords;
		List<EmbeddedMailbox.MailboxMessage> mails;
		String chat;
		List<RecordedCall> lineCalls;
		try (ConfigurableApplicationContext first = start(dataDir)) {
			passwords = printed(output.getOut());
			assertThat(passwords).containsOnlyKeys("pr", "emergency", "editor", "desk", "admin");
			assertThat(new ConsoleSession(port(first)).signIn("admin", passwords.get("admin"))).endsWith("/console");

			SimpleMailMessage mail = new SimpleMailMessage();
			mail.setFrom("city@example.jp");
			mail.setTo("resident@example.jp", "another@example.jp");
			mail.setSubject("件名 " + marker);
			mail.setText("本文 " + marker);
			first.getBean(JavaMailSender.class).send(mail);
			EmbeddedMailbox mailbox = first.getBean(EmbeddedMailbox.class);
			await().until(() -> mailbox.newest(10).stream().filter(m -> m.subject().contains(marker)).count() == 2);
			mails = mailbox.newest(10);

			SandboxResident.act(port(first), "{\"name\":\"" + resident + "\",\"type\":\"follow\"}");
			await().until(() -> SandboxResident.messages(port(first), resident).contains("\"seq\""));
			chat = SandboxResident.messages(port(first), resident);
			lineCalls = first.getBean(LineCallLog.class).all();
			assertThat(lineCalls).as("the bot's reply to the follow").isNotEmpty();
		}
		int printedBefore = output.getOut().length();

		try (ConfigurableApplicationContext second = start(dataDir)) {
			assertThat(output.getOut().substring(printedBefore)).as("passwords printed only at the first start")
				.doesNotContain("Demo staff accounts");
			for (Map.Entry<String, String> account : passwords.entrySet()) {
				assertThat(new ConsoleSession(port(second)).signIn(account.getKey(), account.getValue()))
					.as(account.getKey())
					.endsWith("/console");
			}
			// The time of arrival is kept as the mailbox took it, to within the moment of
			// writing it down.
			assertThat(second.getBean(EmbeddedMailbox.class).newest(10)).hasSameSizeAs(mails)
				.allSatisfy(kept -> assertThat(mails).anySatisfy(sent -> {
					assertThat(kept).usingRecursiveComparison().ignoringFields("receivedAt").isEqualTo(sent);
					assertThat(Duration.between(sent.receivedAt(), kept.receivedAt()).abs())
						.isLessThan(Duration.ofSeconds(1));
				}));
			assertThat(SandboxResident.messages(port(second), resident)).isEqualTo(chat);
			// Kept first; the second start adds its own calls after them (the service
			// checks its rich
			// menus on LINE at every start).
			assertThat(second.getBean(LineCallLog.class).all()).as("the LINE calls the sandbox received")
				.startsWith(lineCalls.toArray(new RecordedCall[0]));
			ConsoleSession admin = new ConsoleSession(port(second));
			admin.signIn("admin", passwords.get("admin"));
			assertThat(admin.get("/console/mailbox").body()).contains("件名 " + marker);

			// New messages go on after the kept ones.
			SandboxResident.act(port(second), "{\"name\":\"" + resident + "\",\"type\":\"text\",\"text\":\"こんにちは\"}");
			await().until(() -> SandboxResident.messages(port(second), resident).length() > chat.length());
			assertThat(SandboxResident.messages(port(second), resident))
				.startsWith(chat.substring(0, chat.length() - 1));
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(TsutawaruApplication.class).run("--server.port=0",
				"--tsutawaru.data-dir=" + dataDir);
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static Map<String, String> printed(String output) {
		Map<String, String> passwords = new LinkedHashMap<>();
		Matcher matcher = PRINTED.matcher(output.substring(output.lastIndexOf("Demo staff accounts")));
		while (matcher.find()) {
			passwords.put(matcher.group(1), matcher.group(2));
		}
		return passwords;
	}

}

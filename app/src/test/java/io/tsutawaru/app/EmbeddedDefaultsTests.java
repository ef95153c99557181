package io.tsutawaru.app;

import java.util.List;

import com.linecorp.bot.messaging.model.PushMessageRequest;
import com.linecorp.bot.messaging.model.TextMessage;
import io.tsutawaru.app.embedded.EmbeddedMailbox;
import io.tsutawaru.infrastructure.line.LineClients;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureTestRestTemplate;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@AutoConfigureTestRestTemplate
class EmbeddedDefaultsTests extends ServiceTest {

	@Autowired
	TestRestTemplate http;

	@Autowired
	StringRedisTemplate redis;

	@Autowired
	JavaMailSender mailSender;

	@Autowired
	EmbeddedMailbox mailbox;

	@Autowired
	LineClients line;

	@Autowired
	JdbcClient jdbc;

	@Test
	void healthIsUpWithoutAnyConfiguration() {
		assertThat(http.getForObject("/actuator/health", String.class)).contains("\"status\":\"UP\"");
	}

	@Test
	void migrationsOfEveryModuleRanOnTheEmbeddedDatabase() {
		List<String> applied = jdbc
			.sql("SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" AND \"version\" IS NOT NULL")
			.query(String.class)
			.list();
		assertThat(applied).contains("5.1").anyMatch(version -> version.startsWith("2."));
	}

	@Test
	void embeddedRedisServesStreams() {
		redis.opsForStream().add("test-stream", java.util.Map.of("k", "v"));
		assertThat(redis.opsForStream().size("test-stream")).isEqualTo(1);
	}

	@Test
	void mailSentThroughSmtpArrivesInTheMailbox() {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom("city@example.jp");
		message.setTo("resident@example.jp");
		message.setSubject("断水のお知らせ");
		message.setText("本日14時から断水します。");
		mailSender.send(message);
		await().untilAsserted(() -> assertThat(mailbox.newest(10)).anySatisfy(mail -> {
			assertThat(mail.subject()).isEqualTo("断水のお知らせ");
			assertThat(mail.text()).contains("本日14時から断水します。");
		}));
		assertThat(http.withBasicAuth("admin", "admin-password").getForObject("/console/mailbox", String.class))
			.contains("断水のお知らせ");
	}

	@Test
	void lineSdkClientTalksToTheSandboxWhichRecordsTheCall() throws Exception {
		var request = new PushMessageRequest.Builder("U0123456789abcdef0123456789abcdef",
				List.of(new TextMessage("テスト送信")))
			.build();
		var response = line.messaging()
			.pushMessage(java.util.UUID.randomUUID(), request)
			.get(10, java.util.concurrent.TimeUnit.SECONDS);
		assertThat(response.body().sentMessages()).hasSize(1);
		String recorded = http.getForObject("/sandbox/line/requests", String.class);
		assertThat(recorded).contains("\"method\":\"POST\"", "\"path\":\"/v2/bot/message/push\"", "テスト送信",
				"x-line-retry-key", "Bearer ****");
	}

}

package io.tsutawaru.app.sandbox.chat;

import java.nio.charset.StandardCharsets;

import com.linecorp.bot.parser.LineSignatureValidator;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

class SignedWebhookTests {

	@Test
	void signsBodiesAsLineDoesSoTheSdkValidatorAcceptsThem() {
		SignedWebhook webhook = new SignedWebhook("channel-secret", new MockEnvironment());
		String body = "{\"destination\":\"U1\",\"events\":[{\"type\":\"message\",\"message\":{\"type\":\"text\",\"text\":\"子ども手当\"}}]}";
		String signature = webhook.signature(body);
		LineSignatureValidator validator = new LineSignatureValidator(
				"channel-secret".getBytes(StandardCharsets.UTF_8));
		assertThat(validator.validateSignature(body.getBytes(StandardCharsets.UTF_8), signature)).isTrue();
		assertThat(validator.validateSignature((body + " ").getBytes(StandardCharsets.UTF_8), signature)).isFalse();
	}

}

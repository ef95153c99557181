package io.tsutawaru.bot.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.linecorp.bot.parser.LineSignatureValidator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTests {

	private static final String SECRET = "channel-secret";

	private static final byte[] BODY = "{\"destination\":\"U1\",\"events\":[]}".getBytes(StandardCharsets.UTF_8);

	private static String signedBySdk(byte[] body) {
		var sdk = new LineSignatureValidator(SECRET.getBytes(StandardCharsets.UTF_8));
		return Base64.getEncoder().encodeToString(sdk.generateSignature(body));
	}

	@Test
	void acceptsWhatTheLineSdkSigns() {
		assertThat(new WebhookSignature(SECRET).matches(BODY, signedBySdk(BODY))).isTrue();
	}

	@Test
	void rejectsAnotherBodyAnotherSecretAndGarbage() {
		String signature = signedBySdk(BODY);
		byte[] changed = "{\"destination\":\"U2\",\"events\":[]}".getBytes(StandardCharsets.UTF_8);

		assertThat(new WebhookSignature(SECRET).matches(changed, signature)).isFalse();
		assertThat(new WebhookSignature("other-secret").matches(BODY, signature)).isFalse();
		assertThat(new WebhookSignature(SECRET).matches(BODY, "not base64 !")).isFalse();
		assertThat(new WebhookSignature(SECRET).matches(BODY, "")).isFalse();
	}

}

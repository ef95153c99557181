package io.tsutawaru.notifier.safety;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.tsutawaru.notifier.SafetyAnswer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed answer links' tokens (issue 18): a token answers for its own notice,
 * resident and answer only; every other string, altered, foreign or garbage, reads as
 * nothing, never as an error.
 */
class AnswerLinksTests {

	private final AnswerLinks links = new AnswerLinks(key('k'), null);

	@Test
	void readsBackTheNoticeResidentAndAnswerItSigned() {
		String token = links.token(42, 1007, SafetyAnswer.HELP);

		assertThat(token).startsWith("v1.42.1007.help.");
		assertThat(links.read(token)).contains(new AnswerLinks.Answer(42, 1007, SafetyAnswer.HELP));
		assertThat(links.read(links.token(Long.MAX_VALUE, Long.MAX_VALUE, SafetyAnswer.ACK)))
			.contains(new AnswerLinks.Answer(Long.MAX_VALUE, Long.MAX_VALUE, SafetyAnswer.ACK));
	}

	@Test
	void aTokenWithAnyPartChangedAnswersNothing() {
		String token = links.token(42, 1007, SafetyAnswer.SAFE);
		String signature = token.substring(token.lastIndexOf('.') + 1);

		// Another resident, another notice, another answer, each with the signature of
		// the original.
		assertThat(links.read("v1.42.1008.safe." + signature)).isEmpty();
		assertThat(links.read("v1.43.1007.safe." + signature)).isEmpty();
		assertThat(links.read("v1.42.1007.help." + signature)).isEmpty();
		assertThat(links.read("v2.42.1007.safe." + signature)).isEmpty();
		// Each character of the signature changed in turn.
		for (int i = token.lastIndexOf('.') + 1; i < token.length(); i++) {
			char changed = token.charAt(i) == 'A' ? 'B' : 'A';
			assertThat(links.read(token.substring(0, i) + changed + token.substring(i + 1))).isEmpty();
		}
		// The same parts signed with another service's key.
		assertThat(links.read(new AnswerLinks(key('x'), null).token(42, 1007, SafetyAnswer.SAFE))).isEmpty();
	}

	@Test
	void garbageOverlongAndForeignTokensReadAsNothing() {
		String valid = links.token(42, 1007, SafetyAnswer.ACK);
		List<String> garbage = new ArrayList<>(List.of("", " ", ".", "v1", "v1.", "v1....",
				"v1.0.0.ack." + "A".repeat(43), "v1.-1.5.ack." + "A".repeat(43),
				"v1.99999999999999999999.5.ack." + "A".repeat(43), "v1.9999999999999999999.5.ack." + "A".repeat(43),
				"v1.42.1007.ack." + "A".repeat(44), valid + "=", valid + " ", " " + valid, valid + "\n",
				valid.toUpperCase(), valid + "." + valid, "v1.４２.1007.ack." + "A".repeat(43), "%00", "<script>",
				"v1.42.1007.ack.\u0000" + "A".repeat(42), valid.repeat(1000)));
		Random random = new Random(18);
		for (int i = 0; i < 2000; i++) {
			garbage.add(randomText(random, random.nextInt(200)));
			// Near misses: a valid token with one random character put in, left out or
			// replaced.
			StringBuilder near = new StringBuilder(valid);
			int at = random.nextInt(near.length());
			switch (random.nextInt(3)) {
				case 0 -> near.insert(at, (char) random.nextInt(0x3000));
				case 1 -> near.deleteCharAt(at);
				default -> near.setCharAt(at, (char) (near.charAt(at) ^ (1 + random.nextInt(0x7f))));
			}
			garbage.add(near.toString());
		}
		assertThat(links.read(null)).isEmpty();
		assertThat(garbage).allSatisfy(token -> assertThat(links.read(token)).as(token).isEmpty());
		assertThat(links.read(valid)).isPresent();
	}

	private static String randomText(Random random, int length) {
		StringBuilder text = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			text.append(random.nextBoolean() ? "v1.0123456789abcdefghijklmnopqrstuvwxyzABC_-".charAt(random.nextInt(44))
					: (char) random.nextInt(0xFFFF));
		}
		return text.toString();
	}

	private static byte[] key(char fill) {
		return String.valueOf(fill).repeat(32).getBytes(StandardCharsets.US_ASCII);
	}

}

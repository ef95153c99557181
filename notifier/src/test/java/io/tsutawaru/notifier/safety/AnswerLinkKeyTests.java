package io.tsutawaru.notifier.safety;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;

import io.tsutawaru.notifier.NotifierProperties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The answer links' key: the configured secret, else one generated once and kept, so the
 * links of mails already sent still answer after a restart.
 */
class AnswerLinkKeyTests {

	@TempDir
	Path data;

	@Test
	void aGeneratedKeyIsKeptForTheOwnerOnlyAndReadAgainAfterARestart() throws Exception {
		Path file = data.resolve("nested/answer-link-secret");
		var settings = new NotifierProperties.AnswerLinks("", file, null);

		byte[] first = AnswerLinkKey.of(settings);
		byte[] afterRestart = AnswerLinkKey.of(settings);

		assertThat(first).hasSize(32).isEqualTo(afterRestart);
		assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
				PosixFilePermission.OWNER_WRITE);
		// Nothing left behind but the key itself.
		try (var files = Files.list(file.getParent())) {
			assertThat(files).containsExactly(file);
		}
		// A link signed before the restart answers after it.
		String token = new AnswerLinks(first, null).token(7, 8, io.tsutawaru.notifier.SafetyAnswer.SAFE);
		assertThat(new AnswerLinks(afterRestart, null).read(token)).isPresent();
	}

	@Test
	void aConfiguredSecretIsUsedAndNoFileWritten() {
		String secret = "a-secret-of-the-city-at-least-32-characters";
		Path file = data.resolve("answer-link-secret");

		assertThat(AnswerLinkKey.of(new NotifierProperties.AnswerLinks(secret, file, null)))
			.isEqualTo(secret.getBytes(StandardCharsets.UTF_8));
		assertThat(file).doesNotExist();
	}

	@Test
	void aShortSecretStopsTheStartNamingTheSetting() {
		assertThatThrownBy(() -> AnswerLinkKey.of(new NotifierProperties.AnswerLinks("short", data.resolve("k"), null)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("ANSWER_LINK_SECRET")
			.hasMessageContaining("32");
	}

}

package io.tsutawaru.app.sandbox.line;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The LINE sandbox's calls are kept in the data directory: the newest ones, read back at
 * the next start.
 */
class LineCallLogTests {

	private final Clock clock = Clock.fixed(Instant.parse("2026-12-06T03:00:00Z"), ZoneId.of("Asia/Tokyo"));

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void theNewestCallsAreReadBackAndNumbersGoOn(@TempDir Path dataDir) {
		Path file = dataDir.resolve("sandbox/line-calls.jsonl");
		LineCallLog before = new LineCallLog(3, clock, file, json);
		for (int i = 1; i <= 8; i++) {
			before.record("POST", "/v2/bot/message/push",
					Map.of("Authorization", "Bearer ****", "X-Line-Retry-Key", "k" + i),
					"{\"to\":\"U" + i + "\",\"messages\":[{\"type\":\"text\",\"text\":\"お知らせ\\n" + i + "\"}]}");
		}
		before.record("GET", "/v2/bot/profile/U1", Map.of(), null);

		LineCallLog after = new LineCallLog(3, clock, file, json);

		assertThat(after.all()).hasSize(3).isEqualTo(before.all());
		assertThat(after.all()).extracting(RecordedCall::seq).containsExactly(7L, 8L, 9L);
		assertThat(after.record("POST", "/v2/bot/message/reply", Map.of(), "{}").seq()).isEqualTo(10);
		assertThat(after.after(8)).extracting(RecordedCall::seq).containsExactly(9L, 10L);
	}

	@Test
	void theFileStaysBoundedAndAnUnreadableLineIsSkipped(@TempDir Path dataDir) throws Exception {
		Path file = dataDir.resolve("sandbox/line-calls.jsonl");
		LineCallLog log = new LineCallLog(5, clock, file, json);
		for (int i = 1; i <= 100; i++) {
			log.record("POST", "/v2/bot/message/multicast", Map.of(), "{\"n\":" + i + "}");
		}
		assertThat(Files.readAllLines(file).size()).isLessThanOrEqualTo(2 * 5);
		Files.writeString(file, "{\"seq\":101,\"method\":\"POST\"", java.nio.file.StandardOpenOption.APPEND);

		List<RecordedCall> kept = new LineCallLog(5, clock, file, json).all();

		assertThat(kept).extracting(RecordedCall::seq).containsExactly(96L, 97L, 98L, 99L, 100L);
	}

	@Test
	void clearingForgetsTheKeptCallsToo(@TempDir Path dataDir) {
		Path file = dataDir.resolve("sandbox/line-calls.jsonl");
		LineCallLog log = new LineCallLog(5, clock, file, json);
		log.record("POST", "/v2/bot/message/push", Map.of(), "{}");
		log.clear();

		assertThat(new LineCallLog(5, clock, file, json).all()).isEmpty();
	}

}

package io.tsutawaru.kb.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsutawaru.kb.FaqEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/** One check of the batched upsert, run on H2 and on PostgreSQL. */
final class StoreBulkChecks {

	private StoreBulkChecks() {
	}

	static void upsertsManyEntriesAndReplacesTheirAlternatives(FaqStore store) {
		Instant at = Instant.parse("2030-02-01T00:00:00Z");
		// 1,203 entries: more than two batches of 500, the last one short.
		List<FaqEntry> first = IntStream.range(0, 1_203)
			.mapToObj(i -> entry(i, "質問" + i, List.of("言い換え" + i, "別の言い方" + i), at))
			.toList();
		store.upsertAll(first, "bulk-source");

		var second = new ArrayList<FaqEntry>();
		for (int i = 600; i < 1_300; i++) {
			second.add(entry(i, "新しい質問" + i, i % 2 == 0 ? List.of("一つだけ" + i) : List.of(), at.plusSeconds(1)));
		}
		store.upsertAll(second, null);

		var stored = store.list().stream().filter(e -> e.id().startsWith("bulk-")).toList();
		assertThat(stored).hasSize(1_300);
		assertThat(store.find("bulk-0005")).contains(first.get(5));
		assertThat(store.find("bulk-0600")).contains(second.getFirst());
		assertThat(store.find("bulk-0601")).get().satisfies(e -> assertThat(e.alternatives()).isEmpty());
		assertThat(store.find("bulk-1299")).contains(second.getLast());
		assertThat(store.hasEntriesFrom("bulk-source")).isTrue();
	}

	private static FaqEntry entry(int i, String question, List<String> alternatives, Instant at) {
		return new FaqEntry("bulk-%04d".formatted(i), question, alternatives, "回答" + i, "分類", "課", null, null, "ja", at,
				true);
	}

}

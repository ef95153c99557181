package io.tsutawaru.bot;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import com.linecorp.bot.messaging.model.TextMessage;
import io.tsutawaru.bot.conversation.ConversationRouter;
import io.tsutawaru.bot.conversation.Incoming;
import io.tsutawaru.bot.conversation.Routed;
import io.tsutawaru.bot.conversation.Topic;
import io.tsutawaru.shelters.Crowding;
import io.tsutawaru.shelters.Hazard;
import io.tsutawaru.shelters.ListKind;
import io.tsutawaru.shelters.ListedShelter;
import io.tsutawaru.shelters.Shelter;
import io.tsutawaru.shelters.ShelterImport;
import io.tsutawaru.shelters.Shelters;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nearest-shelter answer with 2,000 shelters (issue 18's target: ≤ 150 ms p99): 2,000
 * shelters spread over a city of 20 × 20 km, every other one open, some crowded or full;
 * then residents' locations, one after the other, go through the bot's router as a
 * webhook's location does (resident look-up, the conversation, the shelters' query, the
 * reply's text). Writes the percentiles to {@code target/nearest-shelter-benchmark.txt};
 * asserts only what must hold at any speed: every answer names three shelters.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class NearestShelterBenchmark extends LineWebhookTestSupport {

	private static final int SHELTERS = 2000;

	private static final int WARM_UP = 500;

	private static final int MEASURED = Integer.getInteger("benchmark.answers", 5000);

	@Autowired
	ShelterImport imports;

	@Autowired
	Shelters shelters;

	@Autowired
	ConversationRouter router;

	@Autowired
	JdbcClient jdbc;

	@Test
	void nearestOpenSheltersAmongTwoThousand() throws Exception {
		jdbc.sql("DELETE FROM shelters").update();
		Random random = new Random(18);
		List<ListedShelter> listed = new ArrayList<>();
		for (int i = 0; i < SHELTERS; i++) {
			listed.add(new ListedShelter(ListKind.EVACUATION_SITE, "209999", "B" + i, "避難所" + i, "", "つたわる市" + i,
					36.0 + random.nextDouble() * 0.18, 138.0 + random.nextDouble() * 0.22,
					java.util.EnumSet.of(Hazard.values()[i % Hazard.values().length], Hazard.EARTHQUAKE), 100 + i));
		}
		for (int from = 0; from < SHELTERS; from += 500) {
			imports.write(listed.subList(from, from + 500));
		}
		List<Shelter> all = shelters.search("", false);
		for (int i = 0; i < all.size(); i += 2) {
			shelters.mark(all.get(i).id(), true, Crowding.values()[(i / 2) % 3], "benchmark");
		}

		long[] nanos = new long[MEASURED];
		for (int i = -WARM_UP; i < MEASURED; i++) {
			var where = new Incoming.Location(user, 36.0 + random.nextDouble() * 0.18,
					138.0 + random.nextDouble() * 0.22, "");
			long start = System.nanoTime();
			Routed routed = router.route(where);
			long took = System.nanoTime() - start;
			assertThat(routed.topic()).isEqualTo(Topic.SHELTER);
			assertThat(((TextMessage) routed.messages().getFirst()).text()).contains("\n3. ");
			if (i >= 0) {
				nanos[i] = took;
			}
		}
		Arrays.sort(nanos);
		String result = String.format(Locale.ROOT,
				"nearest shelter, %d shelters (%d open), %d answers: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms%n",
				SHELTERS, SHELTERS / 2, MEASURED, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99),
				nanos[MEASURED - 1] / 1e6);
		Files.writeString(Path.of("target", "nearest-shelter-benchmark.txt"), result);
		System.out.print(result);
	}

	private static double ms(long[] sorted, double percentile) {
		return sorted[(int) Math.ceil(percentile * sorted.length) - 1] / 1e6;
	}

}

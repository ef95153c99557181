package io.tsutawaru.notifier.subscriber;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import io.tsutawaru.notifier.AttributeCatalog;

/** One made-up resident, drawn with roughly the mix of a city's real audience. */
record Synthetic(String lineUserId, String email, String area, String ageBand, String language, List<String> interests,
		boolean active) {

	static Synthetic draw(Random random, long seed, long number, AttributeCatalog catalog) {
		double reach = random.nextDouble();
		boolean line = reach < 0.9;
		boolean email = reach >= 0.6;
		String language = random.nextDouble() < 0.85 ? "ja" : pick(random, catalog.languages());
		List<String> interests = new ArrayList<>();
		for (String interest : catalog.interests()) {
			if (random.nextDouble() < 0.3) {
				interests.add(interest);
			}
		}
		return new Synthetic(line ? "U%016x%016x".formatted(seed, number) : null,
				email ? "resident-" + number + "@example.jp" : null,
				random.nextDouble() < 0.9 ? pick(random, catalog.areas()) : null,
				random.nextDouble() < 0.8 ? pick(random, catalog.ageBands()) : null, language, interests,
				random.nextDouble() >= 0.03);
	}

	private static String pick(Random random, List<String> values) {
		return values.get(random.nextInt(values.size()));
	}

}

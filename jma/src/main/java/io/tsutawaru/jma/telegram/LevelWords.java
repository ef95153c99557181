package io.tsutawaru.jma.telegram;

import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;

/**
 * Turns what a telegram calls a level (a kind's name, an intensity code) into a
 * {@link Level}. Names are read by the words JMA's code tables use, after folding
 * full-width digits (震度５弱) and the older spelling はん濫.
 */
final class LevelWords {

	/** {@code MaxInt}'s codes (1, …, 5-, 5+, …) as ranks. */
	private static final Map<String, Integer> INTENSITY_CODES = Map.of("1", 1, "2", 2, "3", 3, "4", 4, "5-", 5, "5+", 6,
			"6-", 7, "6+", 8, "7", 9);

	private LevelWords() {
	}

	static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).replace("はん濫", "氾濫").strip();
	}

	/** An intensity from a {@code MaxInt} code (5-) or a name (震度５弱). */
	static Optional<Level> intensity(String codeOrName) {
		String folded = fold(codeOrName);
		Integer rank = INTENSITY_CODES.get(folded);
		if (rank == null) {
			int index = Scale.INTENSITY.levels().indexOf(folded);
			rank = index < 0 ? null : index + 1;
		}
		return Optional.ofNullable(rank).map(found -> new Level(Scale.INTENSITY, found, Scale.INTENSITY.word(found)));
	}

	/**
	 * The level a kind's name states on a scale; empty for names that state none (解除, なし,
	 * 津波なし, …), which the callers read as "nothing in force".
	 */
	static Optional<Level> named(Scale scale, String name) {
		String folded = fold(name);
		if (folded.isEmpty() || folded.contains("解除") || folded.endsWith("なし")) {
			return Optional.empty();
		}
		int rank = switch (scale) {
			case INTENSITY -> intensity(folded).map(Level::rank).orElse(0);
			case TSUNAMI -> tsunami(folded);
			case WEATHER -> folded.endsWith("特別警報") ? 3 : folded.endsWith("警報") ? 2 : folded.endsWith("注意報") ? 1 : 0;
			case LANDSLIDE -> folded.contains("警戒") ? 1 : 0;
			case FLOOD -> flood(folded);
			case TORNADO -> folded.contains("竜巻") ? 1 : 0;
			case ERUPTION -> folded.contains("噴火") ? 1 : 0;
			case OTHER -> 1;
		};
		if (rank == 0) {
			return Optional.empty();
		}
		boolean nameOwnWords = scale == Scale.WEATHER || scale == Scale.OTHER;
		return Optional.of(new Level(scale, rank, nameOwnWords ? folded : scale.word(rank)));
	}

	/**
	 * The level a lifted kind's name had (洪水警報 with status 解除, 氾濫注意情報解除): the name
	 * without the word 解除.
	 */
	static Optional<Level> lifted(Scale scale, String name) {
		return named(scale, fold(name).replace("解除", ""));
	}

	private static int tsunami(String name) {
		if (name.contains("大津波")) {
			return 4;
		}
		if (name.contains("警報")) {
			return 3;
		}
		if (name.contains("注意報")) {
			return 2;
		}
		return name.contains("予報") ? 1 : 0;
	}

	private static int flood(String name) {
		if (name.contains("氾濫発生")) {
			return 4;
		}
		if (name.contains("氾濫危険")) {
			return 3;
		}
		if (name.contains("氾濫警戒")) {
			return 2;
		}
		return name.contains("氾濫注意") ? 1 : 0;
	}

}

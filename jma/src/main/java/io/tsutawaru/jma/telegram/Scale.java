package io.tsutawaru.jma.telegram;

import java.text.Normalizer;
import java.util.List;
import java.util.OptionalInt;

/**
 * The ladder of levels one kind of telegram uses, lowest first. A rule's minimum is one
 * of these words; a level's rank is its place on the ladder (1 for the lowest).
 */
public enum Scale {

	/** 震度, as JMA's seismic intensity scale: ten steps, 5 and 6 split into 弱 and 強. */
	INTENSITY(List.of("震度1", "震度2", "震度3", "震度4", "震度5弱", "震度5強", "震度6弱", "震度6強", "震度7")),
	/** 津波予報 (slight sea-level change) below 津波注意報, 津波警報 and 大津波警報. */
	TSUNAMI(List.of("津波予報", "津波注意報", "津波警報", "大津波警報")),
	/** A weather warning's class, whatever the phenomenon (大雨, 暴風, 洪水, …). */
	WEATHER(List.of("注意報", "警報", "特別警報")),
	/** 土砂災害警戒情報: issued or not. */
	LANDSLIDE(List.of("土砂災害警戒情報")),
	/** 指定河川洪水予報,警戒レベル2 to 5. */
	FLOOD(List.of("氾濫注意情報", "氾濫警戒情報", "氾濫危険情報", "氾濫発生情報")),
	/** 竜巻注意情報: issued or not. */
	TORNADO(List.of("竜巻注意情報")),
	/** 噴火速報: issued or not. */
	ERUPTION(List.of("噴火速報")),
	/** A telegram of a kind without levels of its own (降灰予報, 津波情報's observations, …). */
	OTHER(List.of());

	private final List<String> levels;

	Scale(List<String> levels) {
		this.levels = levels;
	}

	/** The words of the ladder, lowest first, as a rule's minimum names them. */
	public List<String> levels() {
		return levels;
	}

	/**
	 * The rank of a level word (1 for the lowest), reading full-width digits as ASCII
	 * ones (震度５弱 is 震度5弱), or empty when the word is not on this ladder.
	 */
	public OptionalInt rank(String word) {
		if (word == null) {
			return OptionalInt.empty();
		}
		int index = levels.indexOf(Normalizer.normalize(word.strip(), Normalizer.Form.NFKC));
		return index < 0 ? OptionalInt.empty() : OptionalInt.of(index + 1);
	}

	/** The word of a rank, e.g. 震度5弱 for 5. */
	public String word(int rank) {
		return rank >= 1 && rank <= levels.size() ? levels.get(rank - 1) : "";
	}

}

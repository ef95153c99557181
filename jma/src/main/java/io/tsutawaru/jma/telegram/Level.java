package io.tsutawaru.jma.telegram;

/**
 * A level on one of the telegrams' scales.
 *
 * @param scale the ladder the level belongs to
 * @param rank its place on the ladder, 1 for the lowest (see {@link Scale#levels()});
 * comparable within a scale
 * @param name what the telegram calls it: 震度5弱, 大津波警報, 大雨特別警報 (the warning's phenomenon
 * included), 土砂災害警戒情報, 氾濫危険情報, 噴火速報
 */
public record Level(Scale scale, int rank, String name) {

	/** True when this level is at least the given rank of the same scale. */
	public boolean atLeast(Scale minimumScale, int minimumRank) {
		return scale == minimumScale && rank >= minimumRank;
	}

	/** The scale's word for this level: 特別警報 for 大雨特別警報, 震度5弱 for 震度5弱. */
	public String word() {
		return scale.word(rank);
	}

}

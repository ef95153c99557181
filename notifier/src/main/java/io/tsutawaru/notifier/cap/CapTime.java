package io.tsutawaru.notifier.cap;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Date-times as CAP and the commons XML want them: seconds, and a numeric offset. CAP forbids "Z", so every time is
 * written in Japan time (+09:00), which is also what staff and residents read.
 */
public final class CapTime {

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

	private CapTime() {
	}

	/** e.g. {@code 2026-11-23T20:15:00+09:00}. */
	public static String format(Instant instant) {
		return FORMAT.format(instant.atZone(JAPAN));
	}

}

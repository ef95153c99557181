package io.tsutawaru.notifier.publishing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Date-times as CAP and the commons XML want them: seconds, and a numeric offset. CAP
 * forbids "Z", so every time is written in Japan time (+09:00), which is also what staff
 * and residents read. Fixed on purpose rather than the configurable city clock
 * ({@code tsutawaru.time-zone}): these documents are read by machines, for which an exact
 * instant with its offset is all that counts, and by Japan's disaster systems (L-Alert),
 * whose documents are dated in Japan time. It never depends on the JVM's zone.
 */
final class CapTime {

	private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

	private CapTime() {
	}

	/** e.g. {@code 2026-11-23T20:15:00+09:00}. */
	static String format(Instant instant) {
		return FORMAT.format(instant.atZone(JAPAN));
	}

}

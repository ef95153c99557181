package io.tsutawaru.app.console;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.util.Locale;

/**
 * Times as the console shows them: on the city's clock ({@code tsutawaru.time-zone}),
 * never the JVM's. Templates reach it as {@code #cityTime} ({@link CityTimeDialect}),
 * e.g. {@code ${#cityTime.format(n.sentAt(), 'yyyy-MM-dd HH:mm')}}; Thymeleaf's own
 * {@code #temporals} would write an instant in the JVM's zone.
 *
 * @param zone the city's time zone
 * @param locale the page's language
 */
public record CityTime(ZoneId zone, Locale locale) {

	/**
	 * An instant (or a zoned or offset date-time) as the city's wall clock shows it; a
	 * local date or time as it is. {@code null} stays {@code null}, so that a page can
	 * show its own dash for "not yet".
	 */
	public String format(Temporal time, String pattern) {
		if (time == null) {
			return null;
		}
		DateTimeFormatter formatter = DateTimeFormatter.ofPattern(pattern, locale);
		return switch (time) {
			case Instant instant -> formatter.format(instant.atZone(zone));
			case ZonedDateTime zoned -> formatter.format(zoned.withZoneSameInstant(zone));
			case OffsetDateTime offset -> formatter.format(offset.atZoneSameInstant(zone));
			default -> formatter.format(time);
		};
	}

}

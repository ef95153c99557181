package io.tsutawaru.bot.handoff;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Optional;

import io.tsutawaru.bot.BotProperties;

import org.springframework.stereotype.Component;

/**
 * Whether the city's office is open now, and if not when it opens next, on the city's
 * clock (its time zone, never the server's), so that a resident who asks for a person at
 * night is told when to expect an answer.
 */
@Component
class OfficeHoursClock {

	/**
	 * Further than any run of closed days a city has; a calendar closed for longer is a
	 * mistake, not a holiday.
	 */
	private static final int LOOK_AHEAD_DAYS = 366;

	private final BotProperties.OfficeHours hours;

	private final Clock clock;

	OfficeHoursClock(BotProperties properties, Clock clock) {
		this.hours = properties.officeHours();
		this.clock = clock;
	}

	BotProperties.OfficeHours hours() {
		return hours;
	}

	/**
	 * Empty while the office is open; otherwise when it opens next, in the city's time
	 * zone.
	 */
	Optional<ZonedDateTime> nextOpening() {
		return nextOpening(hours, ZonedDateTime.now(clock));
	}

	/**
	 * Empty while the office is open at this moment; otherwise when it opens next, in the
	 * moment's zone.
	 */
	static Optional<ZonedDateTime> nextOpening(BotProperties.OfficeHours hours, ZonedDateTime now) {
		LocalDate today = now.toLocalDate();
		boolean openToday = hours.openOn(today);
		if (openToday && !now.toLocalTime().isBefore(hours.opens()) && now.toLocalTime().isBefore(hours.closes())) {
			return Optional.empty();
		}
		LocalDate day = openToday && now.toLocalTime().isBefore(hours.opens()) ? today : today.plusDays(1);
		for (int ahead = 0; ahead < LOOK_AHEAD_DAYS; ahead++, day = day.plusDays(1)) {
			if (hours.openOn(day)) {
				return Optional.of(day.atTime(hours.opens()).atZone(now.getZone()));
			}
		}
		return Optional.empty();
	}

}

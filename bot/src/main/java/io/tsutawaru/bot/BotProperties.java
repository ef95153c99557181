package io.tsutawaru.bot;

import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.List;
import java.util.Set;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The bot's settings ({@code tsutawaru.bot.*}).
 *
 * @param replyDeadline how old an event may be and still be answered with its reply
 * token; LINE's tokens last about a minute, so anything later is pushed instead
 * @param lineCallTimeout how long to wait for one call to the LINE API before giving up
 * on it
 * @param dedupeTtl how long a webhook event id is remembered, so a redelivery acts only
 * once
 * @param conversationTimeout how long an unfinished dialog (registration, report) waits
 * for the resident
 * @param rateLimit how many events one resident may send before the bot stops answering
 * for a while
 * @param webhook the webhook's limits and its event workers
 * @param reportPhotoDir where photos of residents' reports are stored
 * @param reportPhotoMaxSize the largest photo accepted
 * @param reportCategories the kinds of report residents choose from; labels come from the
 * message bundles
 * @param reportDepartments the departments staff assign reports to, as short codes; their
 * names come from the message bundles ({@code reports.department.<code>}), the code
 * itself where there is none
 * @param generalContact the city's general line, offered when no department fits
 * @param officeHours when staff answer residents who asked for a person
 */
@Validated
@ConfigurationProperties("tsutawaru.bot")
public record BotProperties(@DefaultValue("20s") @NotNull Duration replyDeadline,
		@DefaultValue("10s") @NotNull Duration lineCallTimeout, @DefaultValue("24h") @NotNull Duration dedupeTtl,
		@DefaultValue("30m") @NotNull Duration conversationTimeout, @DefaultValue @Valid RateLimit rateLimit,
		@DefaultValue @Valid Webhook webhook, @DefaultValue("data/report-photos") @NotNull Path reportPhotoDir,
		@DefaultValue("10MB") @NotNull DataSize reportPhotoMaxSize, @DefaultValue( {
				"road", "street-light", "park", "illegal-dumping", "other" }) @NotEmpty List<String> reportCategories,
		@DefaultValue({ "roads", "parks", "environment", "disaster-prevention",
				"general-affairs" }) @NotEmpty List<String> reportDepartments,
		@DefaultValue @Valid GeneralContact generalContact, @DefaultValue @Valid OfficeHours officeHours){

	/**
	 * @param events how many events one resident may send per window
	 * @param window the window
	 */
	public record RateLimit(@DefaultValue("20") @Min(1) int events, @DefaultValue("1m") @NotNull Duration window) {
	}

	/**
	 * @param maxBody the largest webhook body accepted; LINE's are a few kilobytes
	 * @param partitions Redis streams events wait in, each read by one thread per
	 * process; one resident's events always go to the same partition, so they are handled
	 * in order. Every process must use the same number.
	 * @param streamMaxLength entries kept per partition, handled or not; far above any
	 * backlog
	 * @param reclaimAfter how long an event read by a process that died waits before
	 * another process takes it over
	 * @param concurrency events this process handles at the same time; 0 chooses for the
	 * machine (see {@code EventWorkers#concurrency}): one more than its processors when
	 * the answering runs at the lowest priority, one fewer otherwise
	 */
	public record Webhook(@DefaultValue("1MB") @NotNull DataSize maxBody, @DefaultValue("8") @Min(1) int partitions,
			@DefaultValue("100000") @Min(1000) long streamMaxLength, @DefaultValue("1m") @NotNull Duration reclaimAfter,
			@DefaultValue("0") @Min(0) int concurrency) {
	}

	/**
	 * @param name how residents know the line, e.g. 「市役所 総合案内」
	 * @param phone the number, or empty when the city has not configured one
	 * @param hours when it is answered, or empty
	 * @param translations the name and hours in the languages residents read, e.g.
	 * {@code translations.en.hours}; without one, the shipped name of the default line
	 * ({@code contact.general.default-name}) or the Japanese
	 */
	public record GeneralContact(@DefaultValue(DEFAULT_CONTACT_NAME) @NotBlank String name,
			@DefaultValue("") String phone, @DefaultValue("") String hours, @DefaultValue( {
			}) Map<String, ContactTranslation> translations){

		@ConstructorBinding
		public GeneralContact {
			translations = translations == null ? Map.of() : Map.copyOf(translations);
		}

		/** A line without translations. */
		public GeneralContact(String name, String phone, String hours) {
			this(name, phone, hours, Map.of());
		}

	}

	/** The general line's name unless a city names its own. */
	public static final String DEFAULT_CONTACT_NAME = "市役所 総合案内";

	/**
	 * @param name the line's name in the language, or empty to keep the default
	 * @param hours the hours in the language, or empty to keep the Japanese
	 */
	public record ContactTranslation(@DefaultValue("") String name, @DefaultValue("") String hours) {
	}

	/**
	 * When the city's staff answer residents who asked for a person, in the city's time
	 * zone; the bot tells a resident who asks out of hours when the office opens next.
	 *
	 * @param days the days of the week the office is open
	 * @param opens when it opens
	 * @param closes when it closes, after it opens
	 * @param closedDays days closed every year, as {@code MM-dd} (年末年始 by default)
	 * @param closedDates other days closed, such as national holidays, which the city
	 * lists for each year
	 */
	public record OfficeHours(@DefaultValue( {
			"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY" }) @NotEmpty Set<DayOfWeek> days,
			@DefaultValue("08:30") @NotNull LocalTime opens, @DefaultValue("17:15") @NotNull LocalTime closes,
			@DefaultValue({ "12-29", "12-30", "12-31", "01-01", "01-02", "01-03" }) List<String> closedDays,
			@DefaultValue List<LocalDate> closedDates){

		public OfficeHours {
			days = Set.copyOf(days);
			closedDays = List.copyOf(closedDays);
			closedDates = List.copyOf(closedDates);
			if (!opens.isBefore(closes)) {
				throw new IllegalArgumentException(
						"Office hours must open (" + opens + ") before they close (" + closes + ")");
			}
			closedDays.forEach(OfficeHours::monthDay);
		}

		/** Whether the office opens at all on this date. */
		public boolean openOn(LocalDate date) {
			return days.contains(date.getDayOfWeek()) && !closedDates.contains(date)
					&& closedDays.stream().map(OfficeHours::monthDay).noneMatch(day -> day.equals(MonthDay.from(date)));
		}

		private static MonthDay monthDay(String day) {
			try {
				return MonthDay.parse("--" + day.strip());
			}
			catch (DateTimeException ex) {
				throw new IllegalArgumentException("A closed day is written MM-dd, e.g. 12-29, not " + day, ex);
			}
		}

	}

}

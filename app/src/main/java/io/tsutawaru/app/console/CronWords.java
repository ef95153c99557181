package io.tsutawaru.app.console;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A job's cron expression (second minute hour day month weekday) in words, 「毎日 0:30」
 * rather than {@code 0 30 0 * * *}. The forms a city configures — daily, on weekdays,
 * weekly, monthly, every n minutes or hours — are said in words; anything else is said to
 * be a custom schedule, with the expression as written.
 */
final class CronWords {

	private static final Pattern NUMBER = Pattern.compile("\\d{1,2}");

	private static final Pattern EVERY = Pattern.compile("(\\*|0)/(\\d{1,2})");

	private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");

	private CronWords() {
	}

	static Wording of(String cron) {
		if (cron == null || cron.isBlank() || cron.equals("-")) {
			return new Wording("jobs.schedule.onDemand");
		}
		String[] f = cron.trim().toUpperCase(Locale.ROOT).split("\\s+");
		if (f.length != 6 || !f[4].equals("*") || !NUMBER.matcher(f[0]).matches()) {
			return custom(cron);
		}
		var everyMinutes = EVERY.matcher(f[1]);
		if (everyMinutes.matches() && f[2].equals("*") && f[3].equals("*") && f[5].equals("*")) {
			return new Wording("jobs.schedule.everyMinutes", Integer.parseInt(everyMinutes.group(2)));
		}
		if (!NUMBER.matcher(f[1]).matches()) {
			return custom(cron);
		}
		int minute = Integer.parseInt(f[1]);
		var everyHours = EVERY.matcher(f[2]);
		if (everyHours.matches() && f[3].equals("*") && f[5].equals("*")) {
			return new Wording("jobs.schedule.everyHours", Integer.parseInt(everyHours.group(2)), minute);
		}
		if (!NUMBER.matcher(f[2]).matches()) {
			return custom(cron);
		}
		String time = Integer.parseInt(f[2]) + ":" + String.format(Locale.ROOT, "%02d", minute);
		boolean anyDay = f[3].equals("*") || f[3].equals("?");
		boolean anyWeekday = f[5].equals("*") || f[5].equals("?");
		if (anyDay && anyWeekday) {
			return new Wording("jobs.schedule.daily", time);
		}
		if (anyDay && (f[5].equals("MON-FRI") || f[5].equals("1-5"))) {
			return new Wording("jobs.schedule.weekdays", time);
		}
		if (anyDay && weekday(f[5]) >= 0) {
			return new Wording("jobs.schedule.weekly." + weekday(f[5]), time);
		}
		if (anyWeekday && NUMBER.matcher(f[3]).matches()) {
			return new Wording("jobs.schedule.monthly", Integer.parseInt(f[3]), time);
		}
		return custom(cron);
	}

	/**
	 * Sunday 0 to Saturday 6 (7 is Sunday too, as cron allows), or -1 when the field is
	 * not one day.
	 */
	private static int weekday(String field) {
		if (field.matches("[0-7]")) {
			return Integer.parseInt(field) % 7;
		}
		return DAYS.indexOf(field);
	}

	private static Wording custom(String cron) {
		return new Wording("jobs.schedule.custom", cron);
	}

}

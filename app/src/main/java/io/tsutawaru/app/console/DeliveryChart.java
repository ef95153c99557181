package io.tsutawaru.app.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.tsutawaru.notifier.NoticeView;

/**
 * Deliveries per day over the last days, for the history's bar chart (and the table beside it that screen readers
 * read). Counted from the notices listed, so a day with more notices than the list holds is undercounted; the
 * page says how many notices it counts.
 *
 * @param days oldest first
 * @param highest the largest day's total, to scale the bars
 */
record DeliveryChart(List<Day> days, long highest) {

	/** The last {@code count} days of the city's calendar, today included. */
	static DeliveryChart lastDays(List<NoticeView> notices, int count, Clock city) {
		LocalDate today = LocalDate.now(city);
		List<Day> days = new ArrayList<>();
		long highest = 0;
		for (int back = count - 1; back >= 0; back--) {
			LocalDate day = today.minusDays(back);
			long sent = 0;
			long failed = 0;
			long published = 0;
			for (NoticeView notice : notices) {
				if (notice.sentAt() != null && notice.sentAt().atZone(city.getZone()).toLocalDate().equals(day)) {
					DeliveryFigures figures = DeliveryFigures.of(notice);
					sent += figures.sent();
					failed += figures.failed();
					published++;
				}
			}
			days.add(new Day(day, published, sent, failed));
			highest = Math.max(highest, sent + failed);
		}
		return new DeliveryChart(days, highest);
	}

	/** Today's deliveries, for the dashboard. */
	public Day today() {
		return days.getLast();
	}

	/** The bar's height in percent of the chart. */
	public int heightOf(Day day) {
		return highest == 0 ? 0 : (int) Math.round((day.sent() + day.failed()) * 100.0 / highest);
	}

	/** @param date the day @param notices notices first sent that day @param sent deliveries accepted @param failed deliveries given up */
	record Day(LocalDate date, long notices, long sent, long failed) {
	}

}

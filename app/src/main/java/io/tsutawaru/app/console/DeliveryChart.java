package io.tsutawaru.app.console;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.tsutawaru.batch.DailyReports;
import io.tsutawaru.notifier.NoticeView;

/**
 * Deliveries per day, for the bar charts of the dashboard and the history (and the table
 * beside each that screen readers read): from the figures deliveryReportJob computes each
 * night ({@link DailyReports}), which count every notice of a day however many there
 * were. Today's deliveries, until tonight's run, are counted from the notices listed
 * ({@link #lastDays}).
 *
 * @param days oldest first
 * @param highest the largest day's total, to scale the bars
 */
record DeliveryChart(List<Day> days, long highest) {

	/**
	 * The days from {@code from} to {@code to} (both included) as the nightly figures
	 * have them; a day without figures (nothing sent, or the job has not run for it)
	 * shows as zero.
	 */
	static DeliveryChart ofDailyFigures(List<DailyReports.DeliveryFigure> figures, LocalDate from, LocalDate to) {
		List<Day> days = new ArrayList<>();
		long highest = 0;
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			LocalDate date = day;
			List<DailyReports.DeliveryFigure> ofDay = figures.stream()
				.filter(figure -> figure.day().equals(date))
				.toList();
			long sent = ofDay.stream().mapToLong(DailyReports.DeliveryFigure::sent).sum();
			long failed = ofDay.stream().mapToLong(DailyReports.DeliveryFigure::failed).sum();
			long notices = ofDay.stream().map(DailyReports.DeliveryFigure::noticeId).distinct().count();
			days.add(new Day(day, notices, sent, failed));
			highest = Math.max(highest, sent + failed);
		}
		return new DeliveryChart(days, highest);
	}

	/**
	 * The last {@code count} days of the city's calendar, today included, counted from
	 * the notices listed.
	 */
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

	/**
	 * @param date the day @param notices notices first sent that day @param sent
	 * deliveries accepted @param failed deliveries given up
	 */
	record Day(LocalDate date, long notices, long sent, long failed) {
	}

}

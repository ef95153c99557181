package io.tsutawaru.batch;

import java.time.LocalDate;
import java.util.List;

/**
 * The figures deliveryReportJob computes each day, for the console's charts. A day has
 * figures once the job ran for it (every night for the day before; by hand with
 * {@code --job=deliveryReportJob date=<the day after>}).
 */
public interface DailyReports {

	/**
	 * Per notice and channel, for notices first sent on the days from {@code from} to
	 * {@code to} (both included).
	 */
	List<DeliveryFigure> deliveries(LocalDate from, LocalDate to);

	/**
	 * Residents' 「解決した／解決しない」 per FAQ category, given on the days from {@code from} to
	 * {@code to}.
	 */
	List<FeedbackFigure> feedback(LocalDate from, LocalDate to);

	/** The questions the knowledge base could not answer on one day, most asked first. */
	List<UnansweredFigure> unanswered(LocalDate day);

	/**
	 * One notice on one channel.
	 *
	 * @param planned recipients (or documents) in its delivery plan
	 * @param sent accepted by the channel
	 * @param failed given up on
	 */
	record DeliveryFigure(LocalDate day, long noticeId, String title, String channel, long planned, long sent,
			long failed) {

		/** Sent as a share of planned, 0–100; 0 when nothing was planned. */
		public double reachPercent() {
			return planned == 0 ? 0 : 100.0 * sent / planned;
		}

	}

	/**
	 * Feedback on the answers of one category on one day ({@code (none)} for entries
	 * without a category).
	 */
	record FeedbackFigure(LocalDate day, String category, long solved, long unsolved) {
	}

	/**
	 * One question, grouped by its normalised text, and how often it was asked that day.
	 */
	record UnansweredFigure(LocalDate day, String question, String language, long asked) {
	}

}

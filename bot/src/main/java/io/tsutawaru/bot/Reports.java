package io.tsutawaru.bot;

import java.util.List;

/** Residents' reports, for the staff console. A Spring bean. */
public interface Reports {

	/**
	 * The most recent reports first.
	 *
	 * @param status only reports in this status, or {@code null} for all
	 * @param limit at most this many
	 */
	List<Report> list(ReportStatus status, int limit);

	/**
	 * One report.
	 *
	 * @throws ReportNotFoundException when there is no report with this number
	 */
	Report get(String number);

	/**
	 * The photo of one report.
	 *
	 * @throws ReportNotFoundException when there is no such report or it has no photo
	 */
	ReportPhoto photo(String number);

	/**
	 * Changes a report's status and tells the resident by a push message in their language.
	 *
	 * @param note a few words for the resident (e.g. when it will be fixed), or {@code null}
	 * @throws ReportNotFoundException when there is no report with this number
	 */
	ReportStatusChange changeStatus(String number, ReportStatus status, String note);

}

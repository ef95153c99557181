package io.tsutawaru.bot;

import java.util.List;

/** Residents' reports, for the staff console. A Spring bean. */
public interface Reports {

	/**
	 * The most recent reports first.
	 * @param status only reports in this status, or {@code null} for all
	 * @param limit at most this many
	 */
	List<Report> list(ReportStatus status, int limit);

	/**
	 * One page of the reports that match the filter, newest first, counted and cut in the
	 * database.
	 * @param page the page, from 0; past the last page it is empty
	 * @param size reports per page (at most 500)
	 */
	ReportPage page(ReportFilter filter, int page, int size);

	/**
	 * The most recent reports that match the filter and have a location, for the map; at
	 * most {@code limit}.
	 */
	List<Report> located(ReportFilter filter, int limit);

	/**
	 * What staff did to a report, oldest first.
	 * @throws ReportNotFoundException when there is no report with this number
	 */
	List<ReportChange> history(String number);

	/**
	 * Assigns a report to a department, or takes the assignment back; recorded in its
	 * history. The resident is not told: which department works on it is the city's
	 * business, its status is theirs.
	 * @param department one of {@link BotProperties#reportDepartments()}, or {@code null}
	 * for none
	 * @param by the member of staff who assigns it
	 * @throws ReportNotFoundException when there is no report with this number
	 * @throws UnknownDepartmentException when the department is not one of the configured
	 * ones
	 */
	Report assign(String number, String department, String by);

	/**
	 * One report.
	 * @throws ReportNotFoundException when there is no report with this number
	 */
	Report get(String number);

	/**
	 * The photo of one report.
	 * @throws ReportNotFoundException when there is no such report or it has no photo
	 */
	ReportPhoto photo(String number);

	/**
	 * Changes a report's status, records who did it in its history, and tells the
	 * resident by a push message in their language.
	 * @param note a few words for the resident (e.g. when it will be fixed), or
	 * {@code null}
	 * @param by the member of staff who changes it
	 * @throws ReportNotFoundException when there is no report with this number
	 */
	ReportStatusChange changeStatus(String number, ReportStatus status, String note, String by);

}

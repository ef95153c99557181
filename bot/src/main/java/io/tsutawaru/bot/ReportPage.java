package io.tsutawaru.bot;

import java.util.List;

/**
 * One page of a list of reports, newest first.
 *
 * @param reports the reports on this page
 * @param page the page's number, from 0
 * @param size how many reports a page holds
 * @param total how many reports the whole list has
 */
public record ReportPage(List<Report> reports, int page, int size, long total) {

	public ReportPage {
		reports = List.copyOf(reports);
	}

	/** How many pages the whole list takes; at least one, which may be empty. */
	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public boolean hasPrevious() {
		return page > 0;
	}

	public boolean hasNext() {
		return page + 1 < pages();
	}

}

package io.tsutawaru.app.console;

import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a long list (mails, FAQ entries, audit records) and the links to the
 * others, for the pager fragment. The list itself is fetched a page at a time where it is
 * kept (the database, the mail store); this only says which.
 *
 * @param page the page shown, from 1
 * @param size rows per page
 * @param total rows in the whole (filtered) list
 * @param path the page's path, e.g. {@code /console/mailbox}
 * @param query the page's other parameters (search, filters), kept in every link; blank
 * values are left out
 */
record Paging(int page, int size, long total, String path, Map<String, String> query) {

	/**
	 * The largest page number anyone may ask for: beyond it a list is searched, not paged
	 * through.
	 */
	static final int MAX_PAGE = 100_000;

	Paging {
		if (page < 1) {
			page = 1;
		}
		query = Map.copyOf(query);
	}

	/**
	 * The page asked for, kept within 1 and {@link #MAX_PAGE} so that a made-up number is
	 * never a 500.
	 */
	static int asked(int page) {
		return Math.clamp(page, 1, MAX_PAGE);
	}

	/** How many rows to skip to reach the page. */
	long offset() {
		return (long) (page - 1) * size;
	}

	public int pages() {
		return (int) Math.max(1, (total + size - 1) / size);
	}

	public long first() {
		return total == 0 ? 0 : offset() + 1;
	}

	public long last() {
		return Math.min(total, offset() + size);
	}

	public boolean hasPrevious() {
		return page > 1;
	}

	public boolean hasNext() {
		return page < pages();
	}

	/** The link to another page, with the same search and filters. */
	public String href(int other) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
		query.forEach((name, value) -> {
			if (value != null && !value.isBlank()) {
				uri.queryParam(name, value);
			}
		});
		if (other > 1) {
			uri.queryParam("page", other);
		}
		return uri.encode().build().toUriString();
	}

}

package io.tsutawaru.bot.report;

import java.util.ArrayList;
import java.util.List;

import io.tsutawaru.bot.Report;
import io.tsutawaru.bot.ReportFilter;
import io.tsutawaru.bot.ReportPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reports by status, category and area, counted and paged in the database: a city gets
 * thousands a year, and the console must not read them all to show fifty.
 */
@Component
class ReportSearch {

	private final JdbcClient jdbc;

	ReportSearch(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	ReportPage page(ReportFilter filter, int page, int size) {
		Where where = Where.of(filter);
		long total = where.bind(jdbc.sql("SELECT COUNT(*) FROM bot_reports" + where.sql())).query(Long.class).single();
		List<Report> reports = where
			.bind(jdbc.sql("SELECT " + ReportTable.COLUMNS + " FROM bot_reports" + where.sql()
					+ " ORDER BY id DESC LIMIT :limit OFFSET :offset"))
			.param("limit", size)
			.param("offset", (long) page * size)
			.query(ReportTable::row)
			.list()
			.stream()
			.map(ReportTable.Row::report)
			.toList();
		return new ReportPage(reports, page, size, total);
	}

	List<Report> located(ReportFilter filter, int limit) {
		Where where = Where.of(filter).and("latitude IS NOT NULL AND longitude IS NOT NULL");
		return where
			.bind(jdbc.sql("SELECT " + ReportTable.COLUMNS + " FROM bot_reports" + where.sql()
					+ " ORDER BY id DESC LIMIT :limit"))
			.param("limit", limit)
			.query(ReportTable::row)
			.list()
			.stream()
			.map(ReportTable.Row::report)
			.toList();
	}

	/**
	 * The conditions of a filter, with their values bound by name (never written into the
	 * SQL).
	 */
	private record Where(List<String> conditions, ReportFilter filter) {

		static Where of(ReportFilter filter) {
			List<String> conditions = new ArrayList<>();
			if (filter.status() != null) {
				conditions.add("status = :status");
			}
			if (filter.category() != null) {
				conditions.add("category = :category");
			}
			if (ReportFilter.NO_AREA.equals(filter.area())) {
				conditions.add("area IS NULL");
			}
			else if (filter.area() != null) {
				conditions.add("area = :area");
			}
			return new Where(conditions, filter);
		}

		Where and(String condition) {
			List<String> more = new ArrayList<>(conditions);
			more.add(condition);
			return new Where(more, filter);
		}

		String sql() {
			return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			if (filter.status() != null) {
				statement = statement.param("status", filter.status().name());
			}
			if (filter.category() != null) {
				statement = statement.param("category", filter.category());
			}
			if (filter.area() != null && !ReportFilter.NO_AREA.equals(filter.area())) {
				statement = statement.param("area", filter.area());
			}
			return statement;
		}

	}

}

package io.tsutawaru.batch.report;

import java.time.LocalDate;
import java.util.List;

import io.tsutawaru.batch.DailyReports;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** {@link DailyReports} from the tables deliveryReportJob fills. */
@Service("batch.dailyReports")
class JdbcDailyReports implements DailyReports {

	private final JdbcClient jdbc;

	JdbcDailyReports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<DeliveryFigure> deliveries(LocalDate from, LocalDate to) {
		return jdbc
			.sql("SELECT report_day, notice_id, title, channel, planned, sent, failed FROM batch_delivery_figures "
					+ "WHERE report_day BETWEEN ? AND ? ORDER BY report_day, notice_id, channel")
			.params(from, to)
			.query((rs, n) -> new DeliveryFigure(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getString(3),
					rs.getString(4), rs.getLong(5), rs.getLong(6), rs.getLong(7)))
			.list();
	}

	@Override
	public List<FeedbackFigure> feedback(LocalDate from, LocalDate to) {
		return jdbc.sql(
				"SELECT report_day, category, solved, unsolved FROM batch_feedback_figures WHERE report_day BETWEEN ? AND ? "
						+ "ORDER BY report_day, category")
			.params(from, to)
			.query((rs, n) -> new FeedbackFigure(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getLong(3),
					rs.getLong(4)))
			.list();
	}

	@Override
	public List<UnansweredFigure> unanswered(LocalDate day) {
		return jdbc
			.sql("SELECT report_day, question, language, asked FROM batch_unanswered_figures WHERE report_day = ? "
					+ "ORDER BY asked DESC, normalized")
			.param(day)
			.query((rs, n) -> new UnansweredFigure(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
					rs.getLong(4)))
			.list();
	}

}

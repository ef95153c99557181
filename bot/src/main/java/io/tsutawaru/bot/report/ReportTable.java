package io.tsutawaru.bot.report;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.tsutawaru.bot.Report;
import io.tsutawaru.bot.ReportStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The {@code bot_reports} table. */
@Component
class ReportTable {

	static final String COLUMNS = "id, line_user_id, category, status, photo_file, photo_type, latitude, "
			+ "longitude, address, comment, language, submitted_at, updated_at, area, department";

	/** A report as stored, with what staff do not see. */
	record Row(long id, String lineUserId, String photoFile, String photoType, Report report) {
	}

	/** What the resident gave, before it has a number. */
	record NewReport(String lineUserId, String category, String photoFile, String photoType, Double latitude,
			Double longitude, String address, String comment, String language, String area) {
	}

	private final JdbcClient jdbc;

	ReportTable(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(NewReport report, Instant now) {
		var keys = new GeneratedKeyHolder();
		jdbc.sql("""
				INSERT INTO bot_reports (line_user_id, category, status, photo_file, photo_type, latitude, longitude,
				    address, comment, language, submitted_at, updated_at, area)
				VALUES (:user, :category, :status, :photoFile, :photoType, :latitude, :longitude, :address, :comment,
				    :language, :now, :now, :area)""")
			.param("user", report.lineUserId())
			.param("category", report.category())
			.param("status", ReportStatus.RECEIVED.name())
			.param("photoFile", report.photoFile())
			.param("photoType", report.photoType())
			.param("latitude", report.latitude())
			.param("longitude", report.longitude())
			.param("address", report.address())
			.param("comment", report.comment())
			.param("language", report.language())
			.param("area", report.area())
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	List<Row> list(ReportStatus status, int limit) {
		String where = status == null ? "" : "WHERE status = :status ";
		var statement = jdbc.sql("SELECT " + COLUMNS + " FROM bot_reports " + where + "ORDER BY id DESC LIMIT :limit")
			.param("limit", limit);
		if (status != null) {
			statement = statement.param("status", status.name());
		}
		return statement.query(ReportTable::row).list();
	}

	Optional<Row> find(long id) {
		return jdbc.sql("SELECT " + COLUMNS + " FROM bot_reports WHERE id = :id")
			.param("id", id)
			.query(ReportTable::row)
			.optional();
	}

	void updateStatus(long id, ReportStatus status, Instant now) {
		jdbc.sql("UPDATE bot_reports SET status = :status, updated_at = :now WHERE id = :id")
			.param("status", status.name())
			.param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
			.param("id", id)
			.update();
	}

	void updateDepartment(long id, String department) {
		jdbc.sql("UPDATE bot_reports SET department = :department WHERE id = :id")
			.param("department", department)
			.param("id", id)
			.update();
	}

	static String number(long id) {
		return "R-%06d".formatted(id);
	}

	/** The id behind a report number, or empty for anything that is not one. */
	static Optional<Long> id(String number) {
		if (number == null || !number.matches("R-\\d{1,18}")) {
			return Optional.empty();
		}
		return Optional.of(Long.parseLong(number.substring(2)));
	}

	static Row row(ResultSet rs, int rowNumber) throws SQLException {
		long id = rs.getLong("id");
		Double latitude = rs.getObject("latitude", Double.class);
		Double longitude = rs.getObject("longitude", Double.class);
		var report = new Report(number(id), rs.getString("category"), ReportStatus.valueOf(rs.getString("status")),
				rs.getString("photo_file") != null, latitude, longitude, rs.getString("address"),
				mapLink(latitude, longitude), rs.getString("comment"), rs.getString("language"),
				rs.getObject("submitted_at", OffsetDateTime.class).toInstant(),
				rs.getObject("updated_at", OffsetDateTime.class).toInstant(), rs.getString("area"),
				rs.getString("department"));
		return new Row(id, rs.getString("line_user_id"), rs.getString("photo_file"), rs.getString("photo_type"),
				report);
	}

	/**
	 * OpenStreetMap, because it needs no key and the project is meant to be
	 * self-hostable.
	 */
	private static URI mapLink(Double latitude, Double longitude) {
		if (latitude == null || longitude == null) {
			return null;
		}
		String lat = String.format(Locale.ROOT, "%.6f", latitude);
		String lon = String.format(Locale.ROOT, "%.6f", longitude);
		return URI.create("https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=18/" + lat + "/" + lon);
	}

}

package io.tsutawaru.shelters;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The {@code shelters} table's columns and how a row becomes a {@link Shelter}. */
final class ShelterTable {

	static final String HAZARD_COLUMNS = Arrays.stream(Hazard.values())
		.map(Hazard::column)
		.collect(Collectors.joining(", "));

	static final String COLUMNS = "id, list_kind, city_code, source_id, name, name_kana, address, latitude, longitude, "
			+ HAZARD_COLUMNS + ", capacity, is_open, crowding, status_changed_by, status_changed_at";

	private ShelterTable() {
	}

	static Shelter shelter(ResultSet rs, int row) throws SQLException {
		Set<Hazard> hazards = EnumSet.noneOf(Hazard.class);
		for (Hazard hazard : Hazard.values()) {
			if (rs.getBoolean(hazard.column())) {
				hazards.add(hazard);
			}
		}
		int capacity = rs.getInt("capacity");
		Integer capacityOrNull = rs.wasNull() ? null : capacity;
		ListedShelter listed = new ListedShelter(ListKind.valueOf(rs.getString("list_kind")), rs.getString("city_code"),
				rs.getString("source_id"), rs.getString("name"), rs.getString("name_kana"), rs.getString("address"),
				rs.getDouble("latitude"), rs.getDouble("longitude"), hazards, capacityOrNull);
		Timestamp changedAt = rs.getTimestamp("status_changed_at");
		return new Shelter(rs.getLong("id"), listed, rs.getBoolean("is_open"),
				Crowding.valueOf(rs.getString("crowding")), rs.getString("status_changed_by"),
				changedAt == null ? null : changedAt.toInstant());
	}

}

package io.tsutawaru.shelters;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes rows of a shelter list into the city's shelters, a chunk at a time in JDBC
 * batches, in the caller's transaction (the import job's chunk). A shelter is matched by
 * its list and the list's own id, so importing a newer list updates names, places,
 * hazards and capacities in place and keeps whether staff opened it and how crowded it
 * is.
 */
@Service
public class ShelterImport {

	private static final String KEY = "list_kind, city_code, source_id";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	private final Clock clock;

	ShelterImport(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	/**
	 * Writes one chunk. A shelter listed twice in it is written as its last row says.
	 * @return how many were new, changed and already up to date
	 */
	@Transactional
	public Written write(List<ListedShelter> rows) {
		Map<List<String>, ListedShelter> unique = rows.stream()
			.collect(Collectors.toMap(ShelterImport::key, Function.identity(), (a, b) -> b, LinkedHashMap::new));
		Map<List<String>, ListedShelter> existing = existing(unique);
		List<ListedShelter> created = new ArrayList<>();
		List<ListedShelter> changed = new ArrayList<>();
		for (var entry : unique.entrySet()) {
			ListedShelter before = existing.get(entry.getKey());
			if (before == null) {
				created.add(entry.getValue());
			}
			else if (!before.equals(entry.getValue())) {
				changed.add(entry.getValue());
			}
		}
		Timestamp now = Timestamp.from(clock.instant());
		String hazards = ShelterTable.HAZARD_COLUMNS;
		String marks = String.join(", ", Collections.nCopies(Hazard.values().length, "?"));
		batch.batchUpdate(
				"INSERT INTO shelters (" + KEY + ", name, name_kana, address, latitude, longitude, " + hazards
						+ ", capacity, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, " + marks + ", ?, ?)",
				created.stream().map(s -> values(s, now, true)).toList());
		String sets = ShelterTable.HAZARD_COLUMNS.replace(",", " = ?,") + " = ?";
		batch.batchUpdate(
				"UPDATE shelters SET name = ?, name_kana = ?, address = ?, latitude = ?, longitude = ?, " + sets
						+ ", capacity = ?, imported_at = ? WHERE list_kind = ? AND city_code = ? AND source_id = ?",
				changed.stream().map(s -> values(s, now, false)).toList());
		return new Written(created.size(), changed.size(), unique.size() - created.size() - changed.size());
	}

	private Map<List<String>, ListedShelter> existing(Map<List<String>, ListedShelter> rows) {
		if (rows.isEmpty()) {
			return Map.of();
		}
		List<String> ids = rows.keySet().stream().map(key -> key.get(2)).distinct().toList();
		return jdbc.sql("SELECT " + ShelterTable.COLUMNS + " FROM shelters WHERE source_id IN (:ids)")
			.param("ids", ids)
			.query(ShelterTable::shelter)
			// list(), not stream(): a stream of a query holds its connection until it is
			// closed.
			.list()
			.stream()
			.map(Shelter::listed)
			.collect(Collectors.toMap(ShelterImport::key, Function.identity()));
	}

	private static Object[] values(ListedShelter s, Timestamp now, boolean insert) {
		List<Object> values = new ArrayList<>();
		if (insert) {
			values.addAll(List.of(s.kind().name(), s.cityCode(), s.sourceId()));
		}
		values.addAll(List.of(s.name(), s.nameKana(), s.address(), s.latitude(), s.longitude()));
		for (Hazard hazard : Hazard.values()) {
			values.add(s.hazards().contains(hazard));
		}
		values.add(s.capacity());
		values.add(now);
		if (!insert) {
			values.addAll(List.of(s.kind().name(), s.cityCode(), s.sourceId()));
		}
		return values.toArray();
	}

	private static List<String> key(ListedShelter shelter) {
		return List.of(shelter.kind().name(), shelter.cityCode(), shelter.sourceId());
	}

	/**
	 * What one chunk did.
	 *
	 * @param created shelters new to the service
	 * @param updated shelters whose listing changed
	 * @param unchanged shelters listed as before
	 */
	public record Written(int created, int updated, int unchanged) {
	}

}

package io.tsutawaru.shelters;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city's shelters: the board staff open and close them on, and the nearest open ones
 * for a resident.
 */
@Service
public class Shelters {

	private static final int MAX_QUERY = 100;

	private final JdbcClient jdbc;

	private final Clock clock;

	Shelters(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Shelters by name, kana or address, in the order of their names.
	 * @param query words to look for, or blank for all
	 * @param openOnly only the open ones
	 */
	public List<Shelter> search(String query, boolean openOnly) {
		String words = query == null ? "" : query.strip();
		if (words.length() > MAX_QUERY) {
			words = words.substring(0, MAX_QUERY);
		}
		String like = "%" + words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc
			.sql("SELECT " + ShelterTable.COLUMNS + " FROM shelters WHERE (name LIKE :q ESCAPE '\\' OR "
					+ "name_kana LIKE :q ESCAPE '\\' OR address LIKE :q ESCAPE '\\')" + (openOnly ? " AND is_open" : "")
					+ " ORDER BY name_kana, name, id")
			.param("q", like)
			.query(ShelterTable::shelter)
			.list();
	}

	/** The open shelters, in the order of their names. */
	public List<Shelter> open() {
		return search("", true);
	}

	/** One shelter. */
	public Optional<Shelter> find(long id) {
		return jdbc.sql("SELECT " + ShelterTable.COLUMNS + " FROM shelters WHERE id = ?")
			.param(id)
			.query(ShelterTable::shelter)
			.optional();
	}

	/**
	 * Opens or closes a shelter and says how crowded it is. Staff's word is recorded with
	 * who said it and when; a later import of the list keeps it.
	 * @throws UnknownShelterException when there is no such shelter
	 */
	@Transactional
	public Shelter mark(long id, boolean open, Crowding crowding, String staffMember) {
		int updated = jdbc
			.sql("UPDATE shelters SET is_open = ?, crowding = ?, status_changed_by = ?, "
					+ "status_changed_at = ? WHERE id = ?")
			.params(open, crowding.name(), staffMember, Timestamp.from(clock.instant()), id)
			.update();
		if (updated == 0) {
			throw new UnknownShelterException(id);
		}
		return find(id).orElseThrow(() -> new UnknownShelterException(id));
	}

	/**
	 * The open shelters nearest to a place, nearest first, that suit the hazard and are
	 * not full. A shelter on both national lists (a school that is a 指定緊急避難場所 and a
	 * 指定避難所) is named once.
	 * @param hazard the current hazard, or empty for any open shelter
	 * @param limit at most this many
	 */
	public List<NearbyShelter> nearest(double latitude, double longitude, Optional<Hazard> hazard, int limit) {
		String suits = hazard.map(h -> " AND " + h.column()).orElse("");
		return jdbc
			.sql("SELECT " + ShelterTable.COLUMNS + " FROM shelters WHERE is_open AND crowding <> 'FULL'" + suits)
			.query(ShelterTable::shelter)
			// list(), not stream(): a stream of a query holds its connection until it is
			// closed.
			.list()
			.stream()
			.map(shelter -> new NearbyShelter(shelter,
					Distance.metres(latitude, longitude, shelter.listed().latitude(), shelter.listed().longitude())))
			.sorted(Comparator.comparingDouble(NearbyShelter::metres).thenComparingLong(n -> n.shelter().id()))
			.filter(new OncePerPlace())
			.limit(limit)
			.toList();
	}

}

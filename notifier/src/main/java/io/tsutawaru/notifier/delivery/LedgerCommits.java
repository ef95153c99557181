package io.tsutawaru.notifier.delivery;

import java.sql.DatabaseMetaData;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Component;

/**
 * Lets a ledger write that is made once per mail commit without waiting for PostgreSQL to
 * flush its write-ahead log to disk: the statement itself sets
 * {@code synchronous_commit = off} for its own transaction ({@code set_config(..., true)}
 * is {@code SET LOCAL}), so it costs no extra round trip.
 * <p>
 * Why: with the server's usual durable commits every mail would wait for the database's
 * disk once. What it costs, precisely: when the statement returns, its commit is in
 * PostgreSQL's memory, so a crash or {@code kill -9} of <em>this</em> process, or of any
 * worker process, loses nothing written this way. Only a crash of the PostgreSQL server
 * itself (or of its machine) can lose such writes of its last moments, up to three times
 * {@code wal_writer_delay} (600 ms by default); they are lost whole (the database stays
 * consistent), and the residents whose "accepted" answers were lost are mailed again when
 * their batch is retried. Every other write keeps the server's setting. Databases without
 * the setting (H2 in tests) get the plain statement.
 */
@Component
public class LedgerCommits {

	/**
	 * A one-row subquery whose only work is {@code SET LOCAL synchronous_commit = off},
	 * joined into an insert.
	 */
	private static final String WITHOUT_WAITING_FOR_DISK = "(SELECT set_config('synchronous_commit', 'off', true)) "
			+ "AS commit_without_waiting_for_disk";

	private final boolean postgres;

	LedgerCommits(DataSource dataSource) {
		this.postgres = isPostgres(dataSource);
	}

	/**
	 * An {@code INSERT} of one row that commits without waiting for the disk on
	 * PostgreSQL. A row whose key is already there is left as it is and the new one
	 * dropped ({@code ON CONFLICT DO NOTHING}), so that one such row never fails the
	 * other rows written with it.
	 * @param table the table
	 * @param columns its columns, comma separated; one {@code ?} parameter each, in that
	 * order
	 */
	public String insert(String table, String columns) {
		int count = columns.split(",").length;
		String parameters = String.join(", ", Collections.nCopies(count, "?"));
		return postgres
				? "INSERT INTO " + table + " (" + columns + ") SELECT " + parameters + " FROM "
						+ WITHOUT_WAITING_FOR_DISK + " ON CONFLICT DO NOTHING"
				: "INSERT INTO " + table + " (" + columns + ") VALUES (" + parameters + ") ON CONFLICT DO NOTHING";
	}

	/**
	 * On PostgreSQL, an {@code INSERT} of any number of rows in one statement that
	 * commits without waiting for the disk: one array parameter per column, unnested into
	 * rows, and {@code ON CONFLICT DO NOTHING} as for {@link #insert}. One statement
	 * instead of one per row: the database plans and executes it once for the whole
	 * group. Empty on other databases, which get the rows one by one through
	 * {@link #insert}.
	 * @param table the table
	 * @param columns its columns, comma separated
	 * @param types the SQL type of each column's array elements, in the same order (e.g.
	 * {@code bigint})
	 */
	public Optional<String> insertArrays(String table, String columns, String... types) {
		if (!postgres) {
			return Optional.empty();
		}
		String arrays = Arrays.stream(types).map(type -> "?::" + type + "[]").collect(Collectors.joining(", "));
		return Optional.of("INSERT INTO " + table + " (" + columns + ") SELECT rows.* FROM " + WITHOUT_WAITING_FOR_DISK
				+ ", unnest(" + arrays + ") AS rows ON CONFLICT DO NOTHING");
	}

	private static boolean isPostgres(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
			return "PostgreSQL".equals(product);
		}
		catch (MetaDataAccessException ex) {
			// Cannot tell: ordinary durable commits are always correct.
			return false;
		}
	}

}

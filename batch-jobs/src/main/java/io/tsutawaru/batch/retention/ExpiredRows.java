package io.tsutawaru.batch.retention;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Reads the ids of a rule's expired rows a page at a time, after the last id handled. The last id is saved with
 * each chunk, so a restarted run neither reads purged rows again nor skips any.
 */
class ExpiredRows implements ItemStreamReader<Long> {

	private static final String AFTER = "after";

	private final RetentionRule rule;

	private final NamedParameterJdbcTemplate jdbc;

	private final DataSource dataSource;

	private final OffsetDateTime cutoff;

	private final int page;

	private final Deque<Long> buffer = new ArrayDeque<>();

	private long after;

	private boolean exhausted;

	ExpiredRows(RetentionRule rule, DataSource dataSource, OffsetDateTime cutoff, int page) {
		this.rule = rule;
		this.dataSource = dataSource;
		this.jdbc = new NamedParameterJdbcTemplate(dataSource);
		this.cutoff = cutoff;
		this.page = page;
	}

	@Override
	public void open(ExecutionContext context) {
		after = context.containsKey(AFTER) ? context.getLong(AFTER) : 0;
		// A table that is not there is an error, never a skip: a renamed table would otherwise quietly stop personal
		// data being deleted. The run fails naming it; once the rule is fixed, the run is continued.
		if (!tableExists()) {
			throw new IllegalStateException("The table " + rule.table() + " that the retention rule " + rule.name()
					+ " deletes from does not exist; nothing of this rule was deleted");
		}
		exhausted = cutoff == null;
	}

	@Override
	public Long read() {
		if (buffer.isEmpty() && !exhausted) {
			jdbc.getJdbcTemplate().setMaxRows(page);
			buffer.addAll(jdbc.queryForList(rule.expiredIds(), Map.of("cutoff", cutoff, "after", after), Long.class));
			exhausted = buffer.size() < page;
		}
		Long id = buffer.poll();
		if (id != null) {
			after = id;
		}
		return id;
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(AFTER, after);
	}

	private boolean tableExists() {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try (ResultSet tables = connection.getMetaData().getTables(null, connection.getSchema(), rule.table(), null)) {
			return tables.next();
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot look up the table " + rule.table(), ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

}

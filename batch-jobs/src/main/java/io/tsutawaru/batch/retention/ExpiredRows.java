package io.tsutawaru.batch.retention;

import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.Deque;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DataAccessException;

/**
 * Reads the ids of a rule's expired rows a page at a time, after the last id handled. The
 * last id is saved with each chunk, so a restarted run neither reads purged rows again
 * nor skips any.
 */
class ExpiredRows implements ItemStreamReader<Long> {

	private static final String AFTER = "after";

	private final RetentionRule rule;

	private final OffsetDateTime cutoff;

	private final int page;

	private final Deque<Long> buffer = new ArrayDeque<>();

	private long after;

	private boolean exhausted;

	ExpiredRows(RetentionRule rule, OffsetDateTime cutoff, int page) {
		this.rule = rule;
		this.cutoff = cutoff;
		this.page = page;
	}

	@Override
	public void open(ExecutionContext context) {
		after = context.containsKey(AFTER) ? context.getLong(AFTER) : 0;
		exhausted = cutoff == null;
	}

	@Override
	public Long read() {
		if (buffer.isEmpty() && !exhausted) {
			buffer.addAll(expired());
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

	/**
	 * A table that is not there (or a column) is an error, never a skip: a renamed table
	 * would otherwise quietly stop personal data being deleted. The run fails naming the
	 * rule and the database's words (which name the table); once the owner is fixed, the
	 * run is continued.
	 */
	private java.util.List<Long> expired() {
		try {
			return rule.expired().find(cutoff, after, page);
		}
		catch (DataAccessException ex) {
			var failure = new IllegalStateException("The retention rule " + rule.name() + " cannot read its rows ("
					+ NestedExceptionUtils.getMostSpecificCause(ex).getMessage()
					+ "); nothing more of this rule was deleted");
			// Not the cause: a run's summary shows its deepest cause, and this message is
			// the one staff can act on.
			failure.addSuppressed(ex);
			throw failure;
		}
	}

}

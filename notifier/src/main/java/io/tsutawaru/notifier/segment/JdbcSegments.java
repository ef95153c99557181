package io.tsutawaru.notifier.segment;

import io.tsutawaru.notifier.Audience;
import io.tsutawaru.notifier.Segments;

import org.springframework.stereotype.Service;

/** Segment previews over the subscribers table. */
@Service
class JdbcSegments implements Segments {

	private final SegmentQueries queries;

	JdbcSegments(SegmentQueries queries) {
		this.queries = queries;
	}

	@Override
	public Audience preview(String rule) {
		return queries.count(queries.parse(rule));
	}

	@Override
	public void validate(String rule) {
		queries.parse(rule);
	}

}

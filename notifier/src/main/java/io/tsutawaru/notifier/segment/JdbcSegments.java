package io.tsutawaru.notifier.segment;

import java.util.Set;

import io.tsutawaru.notifier.Audience;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.Headcount;
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
	public Headcount headcount(String rule, Set<Channel> channels) {
		return queries.headcount(queries.parse(rule), new RecipientChannels(channels));
	}

	@Override
	public void validate(String rule) {
		queries.parse(rule);
	}

}

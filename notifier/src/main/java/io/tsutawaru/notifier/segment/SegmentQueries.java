package io.tsutawaru.notifier.segment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;

import io.tsutawaru.notifier.Audience;
import io.tsutawaru.notifier.AttributeCatalog;
import io.tsutawaru.notifier.Headcount;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Runs segment rules against the subscribers table: counts for previews, and the stream
 * of recipients the fan-out plans its batches from. A resident is reachable on LINE while
 * following the account, and by e-mail once the address is confirmed, even after blocking
 * the LINE account.
 */
@Component
public class SegmentQueries {

	private static final String LINE = RecipientChannels.LINE;

	private static final String EMAIL = RecipientChannels.EMAIL;

	private final JdbcClient jdbc;

	private final AttributeCatalog catalog;

	SegmentQueries(JdbcClient jdbc, AttributeCatalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	/** Parses a rule, checking its values against the catalog. */
	public SegmentRule parse(String rule) {
		return SegmentRuleParser.parse(catalog, rule);
	}

	/** How many residents the rule reaches per channel. */
	public Audience count(SegmentRule rule) {
		SqlCondition condition = SqlCondition.of(rule);
		return jdbc
			.sql("SELECT COUNT(CASE WHEN " + LINE + " THEN 1 END), COUNT(CASE WHEN " + EMAIL + " THEN 1 END), COUNT(*) "
					+ "FROM subscribers s WHERE (" + LINE + " OR " + EMAIL + ") AND " + condition.sql())
			.params(condition.params())
			.query((rs, n) -> new Audience(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
			.single();
	}

	/**
	 * Whom the rule reaches on these channels, per channel and per area: the rule's
	 * condition and the channel choice of the delivery plan ({@link RecipientChannels}),
	 * counted by the database. Areas come in the catalog's order, then areas no longer in
	 * the catalog, then residents who registered none.
	 */
	public Headcount headcount(SegmentRule rule, RecipientChannels channels) {
		SqlCondition condition = SqlCondition.of(rule);
		String line = channels.lineSql();
		String email = channels.emailSql();
		List<Headcount.Area> areas = new ArrayList<>(jdbc
			.sql("SELECT s.area, COUNT(CASE WHEN " + line + " THEN 1 END), " + "COUNT(CASE WHEN " + email
					+ " THEN 1 END), COUNT(CASE WHEN " + line + " OR " + email + " THEN 1 END) "
					+ "FROM subscribers s WHERE (" + LINE + " OR " + EMAIL + ") AND " + condition.sql()
					+ " GROUP BY s.area")
			.params(condition.params())
			.query((rs, n) -> new Headcount.Area(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
			.list());
		areas.removeIf(area -> area.residents() == 0);
		List<String> order = catalog.areas();
		areas.sort(Comparator
			.comparing((Headcount.Area a) -> a.area() == null ? Integer.MAX_VALUE
					: order.contains(a.area()) ? order.indexOf(a.area()) : order.size())
			.thenComparing(a -> String.valueOf(a.area())));
		return new Headcount(areas.stream().mapToLong(Headcount.Area::line).sum(),
				areas.stream().mapToLong(Headcount.Area::email).sum(),
				areas.stream().mapToLong(Headcount.Area::residents).sum(), List.copyOf(areas));
	}

	/**
	 * Streams up to {@code limit} reachable residents the rule selects whose id is above
	 * {@code afterId}, in subscriber order: one chunk of a plan that is written and sent
	 * piece by piece.
	 * @return how many residents were streamed; fewer than {@code limit} means there are
	 * no more
	 */
	public int forEachRecipient(SegmentRule rule, long afterId, int limit, Consumer<Recipient> action) {
		SqlCondition chunk = chunk(rule, afterId, limit);
		int[] streamed = { 0 };
		jdbc.sql(chunk.sql()).params(chunk.params()).withFetchSize(5_000).query(rs -> {
			streamed[0]++;
			action.accept(new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
		});
		return streamed[0];
	}

	/** The query of one chunk of recipients, with its parameters. */
	SqlCondition chunk(SegmentRule rule, long afterId, int limit) {
		SqlCondition condition = SqlCondition.perSubscriber(rule, afterId);
		List<Object> params = new ArrayList<>();
		params.add(afterId);
		params.addAll(condition.params());
		params.add(limit);
		return new SqlCondition("SELECT s.id, CASE WHEN " + LINE + " THEN s.line_user_id END, CASE WHEN " + EMAIL
				+ " THEN s.email END, " + "s.language FROM subscribers s WHERE s.id > ? AND (" + LINE + " OR " + EMAIL
				+ ") AND " + condition.sql() + " ORDER BY s.id LIMIT ?", List.copyOf(params));
	}

	/** Whether the rule selects this resident and they are reachable on a channel now. */
	public boolean includes(SegmentRule rule, long subscriberId) {
		SqlCondition condition = SqlCondition.of(rule);
		List<Object> params = new ArrayList<>(condition.params());
		params.add(subscriberId);
		return jdbc
			.sql("SELECT COUNT(*) FROM subscribers s WHERE (" + LINE + " OR " + EMAIL + ") AND " + condition.sql()
					+ " AND s.id = ?")
			.params(params)
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Streams every reachable resident the rule selects, in subscriber order, without
	 * holding them all.
	 */
	public void forEachRecipient(SegmentRule rule, Consumer<Recipient> action) {
		SqlCondition condition = SqlCondition.of(rule);
		jdbc.sql("SELECT s.id, CASE WHEN " + LINE + " THEN s.line_user_id END, CASE WHEN " + EMAIL
				+ " THEN s.email END, " + "s.language FROM subscribers s WHERE (" + LINE + " OR " + EMAIL + ") AND "
				+ condition.sql() + " ORDER BY s.id")
			.params(condition.params())
			.withFetchSize(5_000)
			.query(rs -> {
				action.accept(new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
			});
	}

}

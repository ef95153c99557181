package io.tsutawaru.notifier.segment;

import java.util.List;
import java.util.Set;

import io.tsutawaru.notifier.Channel;

/**
 * For escalation: which residents a notice reached and on which channel it did not reach
 * them, as SQL over {@code subscribers s}. Reached is the delivery plan's own choice
 * ({@link RecipientChannels}) under the notice's rule; the other channel is one the
 * resident can be reached on now that the plan did not use for them: e-mail for a
 * resident the notice reached on LINE only, LINE for one it reached by e-mail only. A
 * resident has at most one, since a notice to both channels used both.
 *
 * @param reached the condition for residents the notice reached, for a chunk of
 * subscribers after an id ({@code s.id > ?} must be in the query)
 * @param params the parameters of {@code reached}, in order
 * @param line the condition for residents to reach again on LINE
 * @param email the condition for residents to reach again by e-mail
 */
public record OtherChannels(String reached, List<Object> params, String line, String email) {

	/**
	 * The notice's rule and channels, for a chunk of subscribers after {@code afterId}.
	 */
	public static OtherChannels of(SegmentRule rule, Set<Channel> channels, long afterId) {
		SqlCondition condition = SqlCondition.perSubscriber(rule, afterId);
		RecipientChannels routes = new RecipientChannels(channels);
		String reached = "(" + routes.lineSql() + " OR " + routes.emailSql() + ") AND " + condition.sql();
		return new OtherChannels(reached, condition.params(),
				"(" + RecipientChannels.LINE + " AND NOT " + routes.lineSql() + ")",
				"(" + RecipientChannels.EMAIL + " AND NOT " + routes.emailSql() + ")");
	}

}

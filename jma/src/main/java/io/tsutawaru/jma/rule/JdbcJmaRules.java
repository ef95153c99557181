package io.tsutawaru.jma.rule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.tsutawaru.jma.JmaRule;
import io.tsutawaru.jma.JmaRules;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.Segments;
import io.tsutawaru.notifier.StaffMember;

/**
 * The rules in {@code jma_rules}, replaced in one transaction, each replacement recorded
 * in {@code jma_rule_changes}.
 */
@Service
class JdbcJmaRules implements JmaRules {

	private final JdbcClient jdbc;

	private final Segments segments;

	private final Clock clock;

	JdbcJmaRules(JdbcClient jdbc, Segments segments, Clock cityClock) {
		this.jdbc = jdbc;
		this.segments = segments;
		this.clock = cityClock;
	}

	@Override
	public List<JmaRule> all() {
		return jdbc
			.sql("SELECT name, telegram, area_codes, minimum, action, channels, segment_rule, exercises"
					+ " FROM jma_rules ORDER BY position")
			.query((row, index) -> rule(row))
			.list();
	}

	@Override
	@Transactional
	public void replaceAll(List<JmaRule> rules, StaffMember author) {
		RuleCheck.check(rules, segments);
		jdbc.sql("DELETE FROM jma_rules").update();
		for (int position = 0; position < rules.size(); position++) {
			JmaRule rule = rules.get(position);
			jdbc.sql("INSERT INTO jma_rules (position, name, telegram, area_codes, minimum, action, channels,"
					+ " segment_rule, exercises) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
				.params(position, rule.name().strip(), rule.telegram(), String.join(",", rule.areaCodes()),
						rule.minimum(), rule.action().id(),
						rule.channels().stream().map(Channel::id).sorted().collect(Collectors.joining(",")),
						rule.segmentRule(), rule.exercises())
				.update();
		}
		jdbc.sql("INSERT INTO jma_rule_changes (actor, detail, at) VALUES (?, ?, ?)")
			.params(author.name(), summary(rules), OffsetDateTime.now(clock))
			.update();
	}

	/**
	 * What the audit keeps of a replacement: each rule's name, kind, minimum and action.
	 */
	private static String summary(List<JmaRule> rules) {
		return rules.size() + " rules: "
				+ rules.stream()
					.map(rule -> rule.name().strip() + " (" + rule.telegram()
							+ (rule.minimum() == null ? "" : " ≥ " + rule.minimum()) + ", " + rule.action().id() + ", "
							+ rule.areaCodes().size() + " areas)")
					.collect(Collectors.joining("; "));
	}

	private static JmaRule rule(ResultSet row) throws SQLException {
		return new JmaRule(row.getString("name"), row.getString("telegram"), split(row.getString("area_codes")),
				row.getString("minimum"), JmaRule.Action.of(row.getString("action")),
				split(row.getString("channels")).stream().map(Channel::of).collect(Collectors.toSet()),
				row.getString("segment_rule"), row.getBoolean("exercises"));
	}

	private static List<String> split(String joined) {
		return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
	}

}

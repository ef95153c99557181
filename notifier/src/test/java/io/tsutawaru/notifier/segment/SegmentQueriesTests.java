package io.tsutawaru.notifier.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.tsutawaru.notifier.Audience;
import io.tsutawaru.notifier.LocalServers;
import io.tsutawaru.notifier.Preferences;
import io.tsutawaru.notifier.SyntheticSubscribers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SegmentQueriesTests extends LocalServers {

	@Autowired
	SegmentQueries queries;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@BeforeAll
	void residents(@Autowired SyntheticSubscribers synthetic) {
		synthetic.generate(3_000, 42);
		// The catalog includes the areas other test classes keep to themselves (LocalServers.freshArea): move these
		// made-up residents out of them, so a rule on a fresh area still reaches only the residents a test created.
		jdbc.sql("UPDATE subscribers SET area = '北部' WHERE area LIKE '試験区%' AND (line_user_id LIKE 'U000000000000002a%' "
				+ "OR email LIKE 'resident-%@example.jp')").update();
	}

	@ParameterizedTest
	@ValueSource(strings = { "all", "area in (\"北部\", \"中央\") and \"子育て\" in interests and language = \"ja\"",
			"not (area = \"南部\" or \"防災\" in interests)", "age not in (\"70代以上\", \"20代\") or language != \"ja\"",
			"\"健康\" in interests and \"税\" in interests",
			"(\"健康\" in interests or \"税\" in interests) and \"防災\" in interests and not \"ごみ\" in interests" })
	void sqlSelectsExactlyWhomTheRuleMatches(String text) {
		SegmentRule rule = queries.parse(text);
		List<Long> expected = new ArrayList<>();
		for (var row : everyone()) {
			if (rule.matches(row.preferences())) {
				expected.add(row.id());
			}
		}
		List<Long> selected = new ArrayList<>();
		queries.forEachRecipient(rule, recipient -> selected.add(recipient.subscriberId()));

		assertThat(selected).isNotEmpty().containsExactlyElementsOf(expected);
	}

	/** The same rules read chunk by chunk, as the fan-out plans: every resident once, in order, also under "not". */
	@ParameterizedTest
	@ValueSource(strings = { "all", "area in (\"北部\", \"中央\") and \"子育て\" in interests and language = \"ja\"",
			"not (area = \"南部\" or \"防災\" in interests)", "\"健康\" in interests and not \"税\" in interests" })
	void chunksSelectExactlyWhomTheRuleMatches(String text) {
		SegmentRule rule = queries.parse(text);
		List<Long> expected = everyone().stream().filter(row -> rule.matches(row.preferences())).map(Row::id).toList();
		List<Long> selected = new ArrayList<>();
		long after = 0;
		int chunk = 97;
		while (true) {
			List<Long> read = new ArrayList<>();
			int streamed = queries.forEachRecipient(rule, after, chunk, recipient -> read.add(recipient.subscriberId()));
			selected.addAll(read);
			if (streamed < chunk) {
				break;
			}
			after = read.getLast();
		}

		assertThat(selected).hasSizeGreaterThan(chunk).containsExactlyElementsOf(expected);
	}

	@Test
	void countsPerChannelOnlyReachableResidents() {
		Audience audience = queries.count(queries.parse("all"));
		long line = jdbc.sql("SELECT COUNT(*) FROM subscribers WHERE active AND line_user_id IS NOT NULL").query(Long.class).single();
		long email = jdbc.sql("SELECT COUNT(*) FROM subscribers WHERE email_confirmed").query(Long.class).single();

		assertThat(audience.line()).isEqualTo(line);
		assertThat(audience.email()).isEqualTo(email);
		assertThat(audience.residents()).isLessThan(line + email).isGreaterThan(Math.max(line, email));
	}

	@Test
	@WithMockUser(roles = "PR")
	void previewsTheAudienceOverHttp() throws Exception {
		Audience expected = queries.count(queries.parse("area = \"北部\""));

		mvc.perform(get("/api/segments/preview").param("rule", "area = \"北部\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.line").value(expected.line()))
			.andExpect(jsonPath("$.email").value(expected.email()));
	}

	@Test
	@WithMockUser(roles = "PR")
	void reportsAnInvalidRuleAsAProblemWithItsPosition() throws Exception {
		mvc.perform(get("/api/segments/preview").param("rule", "area = \"北部\" und"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid segment rule"))
			.andExpect(jsonPath("$.position").value(12));
	}

	@Test
	@WithMockUser(roles = "KB_EDITOR")
	void refusesStaffWithoutANoticeRole() throws Exception {
		mvc.perform(get("/api/segments/preview").param("rule", "all")).andExpect(status().isForbidden());
	}

	record Row(long id, Preferences preferences) {
	}

	/** Reachable subscribers, read independently of the code under test. */
	private List<Row> everyone() {
		Map<Long, Set<String>> interests = new HashMap<>();
		jdbc.sql("SELECT subscriber_id, interest FROM subscriber_interests")
			.query(rs -> {
				interests.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2));
			});
		return jdbc.sql("SELECT id, area, age_band, language FROM subscribers "
				+ "WHERE (active AND line_user_id IS NOT NULL) OR email_confirmed ORDER BY id")
			.query((rs, n) -> new Row(rs.getLong(1), new Preferences(rs.getString(2), rs.getString(3),
					interests.getOrDefault(rs.getLong(1), Set.of()), rs.getString(4))))
			.list();
	}

}

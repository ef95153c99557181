package io.tsutawaru.notifier.line;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.LineOpens;
import io.tsutawaru.notifier.LocalServers;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.NoticeView;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.Preferences;
import io.tsutawaru.notifier.Severity;
import io.tsutawaru.notifier.StaffMember;
import io.tsutawaru.notifier.Subscribers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * LINE's unit-based statistics (issue 18): an alert's multicast carries its unit, and the
 * service asks LINE for the unit's opens with the exact query LINE documents, keeping the
 * figure (or LINE's withheld one) for the console.
 */
@SpringBootTest
class LineOpensTests extends LocalServers {

	static final String MULTICAST = "/v2/bot/message/multicast";

	static final String STATISTICS = "/v2/bot/insight/message/event/aggregation";

	static final StaffMember EMERGENCY = new StaffMember("kiki", Set.of("EMERGENCY"));

	@Autowired
	Notices notices;

	@Autowired
	Subscribers subscribers;

	@Autowired
	LineOpenCounts opens;

	@Autowired
	Clock cityClock;

	String area;

	@BeforeEach
	void reset() {
		gateways.resetAll();
		gateways.stubFor(post(urlEqualTo(MULTICAST)).willReturn(aResponse().withStatus(200).withBody("{}")));
		area = freshArea();
	}

	@Test
	void anAlertCarriesItsUnitAndItsOpensAreAskedOfLine() {
		String resident = resident();
		NoticeView alert = sent(Severity.EMERGENCY);
		String unit = "notice_" + alert.id();

		gateways.verify(postRequestedFor(urlEqualTo(MULTICAST)).withRequestBody(equalToJson(
				"""
						{"to":["%s"],"notificationDisabled":false,"customAggregationUnits":["%s"],"messages":"${json-unit.ignore}"}
						"""
					.formatted(resident, unit))));
		String today = DateTimeFormatter.ofPattern("yyyyMMdd").format(cityClock.instant().atZone(cityClock.getZone()));
		gateways.stubFor(get(urlPathEqualTo(STATISTICS)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"overview\":{\"uniqueImpression\":1,\"uniqueClick\":null,\"uniqueMediaPlayed\":null,"
					+ "\"uniqueMediaPlayed100Percent\":null},\"messages\":[],\"clicks\":[]}")));

		opens.countRecent();

		gateways
			.verify(getRequestedFor(urlPathEqualTo(STATISTICS)).withQueryParam("customAggregationUnit", equalTo(unit))
				.withQueryParam("from", equalTo(today))
				.withQueryParam("to", equalTo(today))
				.withHeader("Authorization", equalTo("Bearer test-token")));
		assertThat(opens.opened(alert.id())).hasValueSatisfying(opened -> assertThat(opened.residents()).isEqualTo(1L));
	}

	@Test
	void aFigureLineWithholdsIsKeptAsUnknownAndEverydayNoticesCarryNoUnit() {
		resident();
		NoticeView alert = sent(Severity.EMERGENCY);
		NoticeView everyday = sent(Severity.INFO);
		gateways.stubFor(get(urlPathEqualTo(STATISTICS)).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"overview\":{\"uniqueImpression\":null},\"messages\":[],\"clicks\":[]}")));

		opens.countRecent();

		assertThat(opens.opened(alert.id())).hasValueSatisfying(opened -> assertThat(opened.residents()).isNull());
		assertThat(opens.opened(everyday.id())).isEmpty();
		gateways.verify(0, getRequestedFor(urlPathEqualTo(STATISTICS)).withQueryParam("customAggregationUnit",
				equalTo(LineOpens.unit(everyday.id()))));
		assertThat(gateways.findAll(postRequestedFor(urlEqualTo(MULTICAST))))
			.filteredOn(request -> !request.getBodyAsString().contains("customAggregationUnits"))
			.hasSize(1);
	}

	private NoticeView sent(Severity severity) {
		NoticeView notice = notices
			.create(new NoticeDraft("お知らせ " + UUID.randomUUID(), "本文です。", null, severity, AlertStatus.ACTUAL, null,
					Set.of(Channel.LINE), "area = \"" + area + "\"", Map.of(), List.of(), List.of(), null, null, false),
					EMERGENCY);
		await().atMost(Duration.ofSeconds(60)).until(() -> notices.find(notice.id()).state() == NoticeState.SENT);
		return notice;
	}

	private String resident() {
		String lineUserId = "U" + UUID.randomUUID().toString().replace("-", "");
		subscribers.followed(lineUserId);
		subscribers.updatePreferences(lineUserId, new Preferences(area, null, Set.of(), "ja"));
		return lineUserId;
	}

}

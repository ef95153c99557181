package io.tsutawaru.notifier.line;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

import io.tsutawaru.infrastructure.line.LineProperties;
import io.tsutawaru.notifier.LineOpens;
import jakarta.annotation.PreDestroy;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Asks LINE how many residents opened each recent alert
 * ({@code GET /v2/bot/insight/message/event/aggregation}, one call per alert with the
 * alert's unit and the days since it was first sent), every 15 minutes, and keeps the
 * figure in {@code line_opens}. LINE's statistics are counted with a delay, not live, so
 * asking more often would learn nothing; the alerts of the last {@link #WINDOW} only, at
 * most {@link #PER_ROUND} per round, keep the calls few and far within LINE's rate
 * limits.
 */
@Component
class LineOpenCounts implements LineOpens {

	private static final Logger log = LoggerFactory.getLogger(LineOpenCounts.class);

	static final Duration EVERY = Duration.ofMinutes(15);

	/** How long after its first sending an alert's opens are still asked for. */
	static final Duration WINDOW = Duration.ofDays(14);

	static final int PER_ROUND = 50;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

	private final JdbcClient jdbc;

	private final Clock clock;

	private final RestClient http;

	private final LineProperties line;

	private final Environment environment;

	private final TaskScheduler scheduler;

	private volatile ScheduledFuture<?> counting;

	LineOpenCounts(JdbcClient jdbc, Clock cityClock, LineProperties line, Environment environment,
			ObjectProvider<RestClient.Builder> builders, @Qualifier("deliveryScheduler") TaskScheduler scheduler) {
		this.jdbc = jdbc;
		this.clock = cityClock;
		this.line = line;
		this.environment = environment;
		this.scheduler = scheduler;
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
		requests.setReadTimeout(Duration.ofSeconds(10));
		this.http = builders.getIfAvailable(RestClient::builder).requestFactory(requests).build();
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		counting = scheduler.scheduleWithFixedDelay(this::countRecent, Instant.now().plus(EVERY), EVERY);
	}

	@PreDestroy
	void stop() {
		if (counting != null) {
			counting.cancel(false);
		}
	}

	@Override
	public Optional<Opened> opened(long noticeId) {
		return jdbc.sql("SELECT opened, counted_at FROM line_opens WHERE notice_id = ?")
			.param(noticeId)
			.query((row, number) -> new Opened(row.getObject(1) == null ? null : row.getLong(1),
					row.getObject(2, OffsetDateTime.class).toInstant()))
			.optional();
	}

	/**
	 * One round: each recent alert sent on LINE asked for once; a failure is logged and
	 * asked again next round.
	 */
	@Override
	public void countRecent() {
		Instant now = clock.instant();
		List<Sent> recent = jdbc
			.sql("SELECT id, sent_at FROM notices WHERE severity = 'EMERGENCY' AND revision > 0 "
					+ "AND sent_at > ? AND ('\n' || channels || '\n') LIKE ? ORDER BY sent_at DESC LIMIT ?")
			.params(now.minus(WINDOW).atOffset(ZoneOffset.UTC), "%\nline\n%", PER_ROUND)
			.query((row, number) -> new Sent(row.getLong(1), row.getObject(2, OffsetDateTime.class).toInstant()))
			.list();
		for (Sent alert : recent) {
			try {
				count(alert, now);
			}
			catch (RestClientException | tools.jackson.core.JacksonException ex) {
				log.warn("LINE's opens of notice {} could not be counted: {}", alert.id(),
						ex.getClass().getSimpleName());
			}
		}
	}

	private void count(Sent alert, Instant now) {
		String uri = UriComponentsBuilder.fromUriString(endpoint())
			.path("/v2/bot/insight/message/event/aggregation")
			.queryParam("customAggregationUnit", LineOpens.unit(alert.id()))
			.queryParam("from", DAY.format(alert.sentAt().atZone(clock.getZone())))
			.queryParam("to", DAY.format(now.atZone(clock.getZone())))
			.toUriString();
		String answer = http.get()
			.uri(uri)
			.header("Authorization", "Bearer " + line.channelToken())
			.retrieve()
			.body(String.class);
		JsonNode opened = JSON.readTree(answer == null ? "{}" : answer).path("overview").path("uniqueImpression");
		Long residents = opened.isNumber() ? opened.asLong() : null;
		OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
		if (jdbc.sql("UPDATE line_opens SET opened = ?, counted_at = ? WHERE notice_id = ?")
			.params(residents, at, alert.id())
			.update() == 0) {
			jdbc.sql("INSERT INTO line_opens (notice_id, opened, counted_at) VALUES (?, ?, ?)")
				.params(alert.id(), residents, at)
				.update();
		}
	}

	private String endpoint() {
		String resolved = environment.resolveRequiredPlaceholders(line.apiEndpoint());
		return resolved.endsWith("/") ? resolved.substring(0, resolved.length() - 1) : resolved;
	}

	private record Sent(long id, Instant sentAt) {
	}

}

package io.tsutawaru.notifier;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The notifier's settings ({@code tsutawaru.notifier.*}). URLs may contain
 * {@code ${local.server.port}} and are resolved on first use, because the sandbox
 * receivers are served by this very process.
 *
 * @param publicBaseUrl where residents reach the public pages (links in mails, LINE and
 * CAP documents)
 * @param attributes the values residents may choose
 * @param approval whether PR notices need a second staff member's approval
 * @param testGroup who receives notices with status {@code test}
 * @param mail the e-mail channel
 * @param answerLinks the signed links in e-mails that answer a notice that asks
 * @param line the LINE channel
 * @param fanOut the delivery workers
 * @param gateways the disaster gateways
 * @param cap the CAP sender
 */
@Validated
@ConfigurationProperties("tsutawaru.notifier")
public record NotifierProperties(
		@DefaultValue("http://localhost:${local.server.port:${server.port:8080}}") @NotBlank String publicBaseUrl,
		@DefaultValue @Valid Attributes attributes, @DefaultValue @Valid Approval approval,
		@DefaultValue @Valid TestGroup testGroup, @DefaultValue @Valid Mail mail,
		@DefaultValue @Valid AnswerLinks answerLinks, @DefaultValue @Valid Line line,
		@DefaultValue @Valid FanOut fanOut, @DefaultValue @Valid Gateways gateways, @DefaultValue @Valid Cap cap) {

	/**
	 * The attribute values residents choose from; the defaults suit a mid-sized Japanese
	 * city.
	 *
	 * @param areaNames the areas' names per language, e.g.
	 * {@code area-names.en.[北部]=North district}: notices in English and easy Japanese
	 * name areas so; the default areas have shipped names ({@code notifier/words_*})
	 */
	public record Attributes(@DefaultValue( {
			"北部", "中央", "南部", "東部", "西部" }) List<String> areas,
			@DefaultValue({ "10代以下", "20代", "30代", "40代", "50代", "60代", "70代以上" }) List<String> ageBands,
			@DefaultValue({ "防災", "子育て", "健康", "イベント", "ごみ", "税" }) List<String> interests,
			@DefaultValue({ "ja", "en", "easy-ja" }) List<String> languages,
			@DefaultValue({}) Map<String, Map<String, String>> areaNames){
	}

	/**
	 * @param prNotices whether a PR notice waits for a second staff member before it is
	 * scheduled
	 */
	public record Approval(@DefaultValue("true") boolean prNotices) {
	}

	/** The people a {@code test} notice reaches instead of the segment. */
	public record TestGroup(@DefaultValue( {
		}) List<String> lineUserIds, @DefaultValue({}) List<String> emails){
	}

	/**
	 * @param from the sender address
	 * @param messagesPerSecond throttle, so the city's mail server is not flooded
	 * @param unsubscribeAddress the mailto of the List-Unsubscribe header
	 * @param maxAttempts attempts per batch before its remaining recipients are recorded
	 * as failed; with the worker's growing back-off, 12 attempts ride out a mail server
	 * that is down for about 8 minutes
	 * @param connections SMTP connections one batch is sent over side by side (at least
	 * 25 residents each)
	 * @param ledgerBatch server answers written to the e-mail ledger in one statement. A
	 * crash of the process between the server's acceptance of a mail and the ledger write
	 * makes the retried batch mail that resident again: with 1 (the default, every answer
	 * recorded at once) at most one resident per open SMTP connection; with n, up to n
	 * per connection, for fewer database round trips
	 */
	public record Mail(@DefaultValue("notices@tsutawaru.local") @NotBlank String from,
			@DefaultValue("1000") @Min(1) int messagesPerSecond,
			@DefaultValue("unsubscribe@tsutawaru.local") @NotBlank String unsubscribeAddress,
			@DefaultValue("12") @Min(1) int maxAttempts, @DefaultValue("4") @Min(1) @Max(32) int connections,
			@DefaultValue("1") @Min(1) @Max(1000) int ledgerBatch) {
	}

	/**
	 * The key that signs the e-mail's answer links (issue 18): HMAC-SHA256, so a link
	 * answers for its own notice, resident and answer only.
	 *
	 * @param secret the key, at least 32 characters ({@code ANSWER_LINK_SECRET}); every
	 * process of one service needs the same. When empty, a random key is generated once
	 * and kept in {@code secretFile}, so links in mails already sent stay valid across
	 * restarts
	 * @param secretFile where the generated key is kept, readable by the service's user
	 * only
	 * @param rateLimit how often one client address may open or post the answer pages
	 */
	public record AnswerLinks(@DefaultValue("") String secret,
			@DefaultValue("./data/answer-link-secret") @NotNull Path secretFile,
			@DefaultValue @Valid RateLimit rateLimit) {

		/**
		 * A token bucket per client address on the public answer pages, which need no
		 * sign-in: a resident answers with a request or three, so the default leaves
		 * plenty for a household behind one router and stops a script that tries tokens
		 * or floods the page. The address is the request's remote address, which the
		 * service takes from a proxy's forwarded headers only when
		 * {@code server.forward-headers-strategy} says so (README).
		 *
		 * @param requests the bucket's size: requests one address may make at once
		 * @param per how long the bucket takes to fill up again from empty
		 * @param addresses addresses remembered at most (the least recently seen are
		 * forgotten first), so a flood of addresses cannot exhaust memory
		 */
		public record RateLimit(@DefaultValue("30") @Min(1) int requests, @DefaultValue("1m") @NotNull Duration per,
				@DefaultValue("10000") @Min(1) int addresses) {
		}

		@Override
		public String toString() {
			return "AnswerLinks[secret=" + (secret.isEmpty() ? "(generated)" : "(set)") + ", secretFile=" + secretFile
					+ ", rateLimit=" + rateLimit + "]";
		}

	}

	/**
	 * @param batchSize user ids per multicast (LINE allows at most 500)
	 * @param requestsPerSecond throttle below LINE's rate limit
	 * @param maxAttempts attempts per batch before it is recorded as failed
	 */
	public record Line(@DefaultValue("500") @Min(1) @Max(500) int batchSize,
			@DefaultValue("100") @Min(1) int requestsPerSecond, @DefaultValue("8") @Min(1) int maxAttempts) {
	}

	/**
	 * @param workers in-process workers reading delivery batches; 0 for a process that
	 * only plans
	 * @param emergencyWorkers further in-process workers that take only emergency batches
	 * (none when {@code workers} is 0), so an alert's channels go out side by side even
	 * while every other worker is busy with a routine broadcast; one per channel by
	 * default
	 * @param emailBatchSize recipients per e-mail batch
	 * @param claimIdle how long a batch may stay unacknowledged before another worker
	 * claims it
	 * @param streamKey prefix of the Redis stream keys
	 * @param consumerGroup the consumer group all workers join
	 */
	public record FanOut(@DefaultValue("2") @Min(0) int workers, @DefaultValue("6") @Min(0) int emergencyWorkers,
			@DefaultValue("200") @Min(1) int emailBatchSize, @DefaultValue("30s") @NotNull Duration claimIdle,
			@DefaultValue("tsutawaru:deliveries") @NotBlank String streamKey,
			@DefaultValue("notifier-workers") @NotBlank String consumerGroup) {
	}

	/**
	 * @param lalertUrl the L-Alert gateway (commons EDXL), or empty to not use L-Alert
	 * @param radioUrl the disaster-radio text-to-speech gateway, or empty
	 * @param cmsWebhookUrl a CMS to notify of new pages, or empty
	 * @param capHubUrl a WebSub hub told of every new CAP document (how aggregators learn
	 * of a feed change at once), or empty
	 * @param readings readings for place names the speech engine gets wrong (written form
	 * → kana)
	 * @param lalertAttempts attempts before an L-Alert document is given up on; L-Alert
	 * must be retried until acknowledged, so this is large
	 */
	public record Gateways(@DefaultValue("") String lalertUrl, @DefaultValue("") String radioUrl,
			@DefaultValue("") String cmsWebhookUrl, @DefaultValue("") String capHubUrl, @DefaultValue( {
			}) Map<String, String> readings, @DefaultValue("30") @Min(1) int lalertAttempts){
	}

	/**
	 * @param sender the CAP sender id (an e-mail-like identifier of the city)
	 * @param senderName the city's name, shown by aggregators
	 * @param organizationCode the JIS X 0402 code of the city, used by L-Alert
	 */
	public record Cap(@DefaultValue("notices@city.example.jp") @NotBlank String sender,
			@DefaultValue("つたわる市") @NotBlank String senderName,
			@DefaultValue("000000") @NotBlank String organizationCode) {
	}

}

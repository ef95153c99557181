package io.tsutawaru.batch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The batch jobs' settings ({@code tsutawaru.batch.*}).
 *
 * @param workDir where uploads are kept and reports written
 * @param chunkSize items per transaction; a failed run restarts from the last committed
 * chunk
 * @param maxLineBytes longest line an import reads; longer lines are rejected without
 * being held in memory
 * @param scheduling whether jobs run on their cron schedules in this process
 * @param schedules cron expression per job name ({@code -} switches a job's schedule off)
 * @param retention how long personal data is kept (docs/retention.md)
 */
@Validated
@ConfigurationProperties("tsutawaru.batch")
public record BatchProperties(@DefaultValue("./data/batch") @NotNull Path workDir,
		@DefaultValue("500") @Min(1) @Max(10_000) int chunkSize, @DefaultValue("65536") @Min(1024) int maxLineBytes,
		@DefaultValue("true") boolean scheduling, @DefaultValue( {
		}) Map<String, String> schedules, @DefaultValue @Valid Retention retention){

	/**
	 * How long each kind of personal data is kept. A zero duration keeps it for ever.
	 *
	 * @param leftSubscribers a subscriber who unfollowed, counted from when they left
	 * @param deliveries the delivery ledger's per-recipient rows, counted from the
	 * delivery
	 * @param conversations the bot's conversation logs, counted from the message
	 * @param reportPhotosAfterClosure photos of a resident's report, counted from when
	 * staff closed it
	 * @param unansweredQuestions questions the knowledge base could not answer, counted
	 * from when asked
	 * @param jobHistory finished job runs and their report files
	 */
	public record Retention(@DefaultValue("30d") @NotNull Duration leftSubscribers,
			@DefaultValue("400d") @NotNull Duration deliveries, @DefaultValue("90d") @NotNull Duration conversations,
			@DefaultValue("30d") @NotNull Duration reportPhotosAfterClosure,
			@DefaultValue("400d") @NotNull Duration unansweredQuestions,
			@DefaultValue("400d") @NotNull Duration jobHistory) {
	}

}

package io.tsutawaru.notifier;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * How many residents a segment rule reaches, per channel, before anything is sent.
 *
 * @param line active followers with a LINE user id
 * @param email residents with a confirmed e-mail address
 * @param residents residents reached on at least one channel
 */
@Schema(description = "How many residents a segment rule reaches, per channel.")
public record Audience(@Schema(description = "Active followers with a LINE user id.") long line,
		@Schema(description = "Residents with a confirmed e-mail address.") long email,
		@Schema(description = "Residents reached on at least one channel.") long residents) {
}

package io.tsutawaru.notifier;

/**
 * How many residents a segment rule reaches, per channel, before anything is sent.
 *
 * @param line active followers with a LINE user id
 * @param email residents with a confirmed e-mail address
 * @param residents residents reached on at least one channel
 */
public record Audience(long line, long email, long residents) {
}

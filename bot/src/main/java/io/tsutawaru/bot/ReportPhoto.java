package io.tsutawaru.bot;

/**
 * The photo attached to a report.
 *
 * @param contentType {@code image/jpeg}, {@code image/png} or {@code image/webp}, as read
 * from the file's first bytes, never from what the sender claimed
 * @param bytes the image
 */
public record ReportPhoto(String contentType, byte[] bytes) {
}

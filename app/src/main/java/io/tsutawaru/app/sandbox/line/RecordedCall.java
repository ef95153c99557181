package io.tsutawaru.app.sandbox.line;

import java.time.Instant;
import java.util.Map;

/**
 * One HTTP call the sandbox received, as {@code GET /sandbox/line/requests} shows it.
 *
 * @param seq increasing number, so a page can ask for the calls after the last one it saw
 * @param headers request headers, with the access token masked
 */
public record RecordedCall(long seq, String method, String path, Map<String, String> headers, String body, Instant at) {
}

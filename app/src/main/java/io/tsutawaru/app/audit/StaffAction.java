package io.tsutawaru.app.audit;

import java.time.Instant;

/**
 * One change a member of staff made.
 *
 * @param action {@code SIGN-IN}, or the HTTP method of the change ({@code POST}, {@code PUT}, {@code DELETE}…)
 * @param path   the address acted on, without its query
 * @param status the HTTP status the service answered (a 403 is a refused attempt, and worth seeing)
 */
public record StaffAction(Instant at, String username, String action, String path, int status) {
}

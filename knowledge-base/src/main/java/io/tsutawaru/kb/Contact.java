package io.tsutawaru.kb;

/**
 * How a resident reaches the department behind an answer.
 *
 * @param phone a phone number as staff wrote it; may be {@code null}
 * @param hours when the phone is answered, e.g. 「平日 8:30〜17:15」; may be {@code null}
 */
public record Contact(String phone, String hours) {
}

package io.tsutawaru.app.console;

/**
 * A text for staff as a message key and its arguments, put into words by the page in the
 * reader's language ({@code #messages.msgWithParams(w.key(), w.args())}), so that no Java
 * code writes staff-facing text.
 *
 * @param key the key in messages.properties and messages_en.properties
 * @param args the values the text names
 */
record Wording(String key, Object... args) {
}

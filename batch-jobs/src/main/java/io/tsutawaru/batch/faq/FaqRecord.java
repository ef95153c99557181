package io.tsutawaru.batch.faq;

/**
 * A record cut out of a JSON FAQ document, to hand to the knowledge base.
 *
 * @param position its 1-based position in the document
 * @param text its JSON text: an array element, or a LocalgovFAQ {@code "id": value}
 * member
 */
record FaqRecord(long position, String text) {
}

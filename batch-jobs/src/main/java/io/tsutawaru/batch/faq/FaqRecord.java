package io.tsutawaru.batch.faq;

/** A record cut out of an FAQ file, or why it could not be. */
sealed interface FaqRecord {

	/** Where it starts: the CSV line, or the 1-based position of a JSON record. */
	long position();

	/** The record's text, to hand to the knowledge base. */
	record Piece(long position, String text) implements FaqRecord {
	}

	/** A record that could not be cut out (broken characters, quotes, a line too long). */
	record Broken(long position, String reason) implements FaqRecord {
	}

}

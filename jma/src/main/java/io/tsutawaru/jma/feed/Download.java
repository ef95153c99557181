package io.tsutawaru.jma.feed;

/** What asking JMA (or the sandbox) for a feed or a telegram gave. */
sealed interface Download {

	/**
	 * A document, with the Last-Modified to send back as If-Modified-Since next time
	 * (null when not given).
	 */
	record Fresh(byte[] body, String lastModified) implements Download {
	}

	/** 304: nothing new since the last time. */
	record NotModified() implements Download {
	}

	/**
	 * No usable answer: down, slow, too large or refused; the problem names it without
	 * the document's content.
	 */
	record Failed(String problem) implements Download {
	}

}

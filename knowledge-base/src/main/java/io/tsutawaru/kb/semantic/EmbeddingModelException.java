package io.tsutawaru.kb.semantic;

/** A sentence-embedding model could not be loaded or could not embed a text. */
public final class EmbeddingModelException extends RuntimeException {

	EmbeddingModelException(String message, Throwable cause) {
		super(message, cause);
	}

}

package io.tsutawaru.kb.semantic;

import java.util.List;

/**
 * A sentence-embedding model: a text in, a unit vector out, so that texts of similar
 * meaning lie close together. The knowledge base's semantic ranking stage asks nothing
 * else of a model, so a city can plug in a better one: an ONNX model and tokenizer on
 * disk through {@code tsutawaru.kb.semantic.model-file}, or a Spring bean of this type
 * (for example one that calls a model server on the city's own network).
 *
 * <p>
 * Implementations must be safe to call from several threads at once.
 */
public interface SentenceEmbedding {

	/**
	 * Identifies the model and how it prepares texts. Vectors are stored with the index
	 * under this id and never compared with vectors of another id: when it changes, the
	 * index is rebuilt and its vectors computed again.
	 * @return a short stable id
	 */
	String id();

	/**
	 * Embeds a resident's question.
	 * @param text the question
	 * @return its unit vector
	 */
	float[] embedQuery(String text);

	/**
	 * Embeds FAQ texts, at import time. A text's vector must depend on that text alone,
	 * never on the texts embedded with it: vectors are cached and stored by the hash of
	 * their text.
	 * @param texts the texts
	 * @return their unit vectors, in the same order
	 */
	List<float[]> embedDocuments(List<String> texts);

}

package io.tsutawaru.kb.semantic;

import java.nio.file.Path;

/**
 * Which sentence-embedding model to load and how to use it.
 *
 * @param modelFile an ONNX model on disk, or {@code null} for the packaged one
 * (bge-small-zh-v1.5, quantised)
 * @param tokenizerFile its {@code tokenizer.json} (Hugging Face format); required with a
 * model file
 * @param pooling how a text's vector is taken from the model's output, as the model's
 * card says
 * @param queryPrefix put before every question, for models trained with one (e5: 「query:
 * 」)
 * @param documentPrefix put before every FAQ text (e5: 「passage: 」)
 * @param maxTokens texts are cut to this many tokens; a question's embedding costs time
 * in proportion
 */
public record EmbeddingModelSettings(Path modelFile, Path tokenizerFile, Pooling pooling, String queryPrefix,
		String documentPrefix, int maxTokens) {

	/** The packaged model as it was measured (docs/benchmarks.md). */
	public static final EmbeddingModelSettings PACKAGED = new EmbeddingModelSettings(null, null, Pooling.CLS, "", "",
			128);

	/** Rejects settings that cannot work, naming the property. */
	public EmbeddingModelSettings {
		if (modelFile != null && tokenizerFile == null) {
			throw new IllegalArgumentException("tsutawaru.kb.semantic.tokenizer-file is required with model-file");
		}
		if (modelFile == null && tokenizerFile != null) {
			throw new IllegalArgumentException("tsutawaru.kb.semantic.model-file is required with tokenizer-file");
		}
		if (maxTokens < 8 || maxTokens > 8192) {
			throw new IllegalArgumentException("tsutawaru.kb.semantic.max-tokens must lie between 8 and 8192");
		}
		pooling = pooling == null ? Pooling.CLS : pooling;
		queryPrefix = queryPrefix == null ? "" : queryPrefix;
		documentPrefix = documentPrefix == null ? "" : documentPrefix;
	}

	/**
	 * @return whether the packaged model is meant
	 */
	public boolean packaged() {
		return modelFile == null;
	}

	/** How a text's vector is taken from a model's token vectors. */
	public enum Pooling {

		/** The first token's vector (BERT's [CLS]): bge models. */
		CLS,
		/**
		 * The mean of the text's token vectors: e5, ruri, most sentence-transformers
		 * models.
		 */
		MEAN

	}
}

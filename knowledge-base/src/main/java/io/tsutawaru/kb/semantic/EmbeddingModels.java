package io.tsutawaru.kb.semantic;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The models loaded in this process, each once: a model takes a second to load and 60-160
 * MB of memory, and tests start many application contexts in one process.
 */
public final class EmbeddingModels {

	private static final Logger log = LoggerFactory.getLogger(EmbeddingModels.class);

	private static final Map<EmbeddingModelSettings, Optional<SentenceEmbedding>> LOADED = new ConcurrentHashMap<>();

	private EmbeddingModels() {
	}

	/**
	 * The model these settings name, loaded on first use. A model that cannot be loaded
	 * is reported in one log line and the search goes on by words alone; it is not tried
	 * again in this process.
	 * @param settings which model
	 * @return the model, or empty when it cannot be loaded
	 */
	public static Optional<SentenceEmbedding> load(EmbeddingModelSettings settings) {
		return LOADED.computeIfAbsent(settings, EmbeddingModels::tryLoad);
	}

	private static Optional<SentenceEmbedding> tryLoad(EmbeddingModelSettings settings) {
		long started = System.nanoTime();
		try {
			SentenceEmbedding model = OnnxSentenceEmbedding.load(settings);
			log.info("Semantic ranking is on: sentence-embedding model {} loaded in {} ms", model.id(),
					(System.nanoTime() - started) / 1_000_000);
			return Optional.of(model);
		}
		catch (EmbeddingModelException e) {
			log.warn("Semantic ranking is off, the FAQ search ranks by words only: {}", e.getMessage());
			return Optional.empty();
		}
	}

}

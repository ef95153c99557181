package io.tsutawaru.kb.wiring;

import io.tsutawaru.kb.search.DecisionThresholds;
import io.tsutawaru.kb.search.FaqSearch;
import io.tsutawaru.kb.semantic.EmbeddingModelSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The knowledge base's settings ({@code tsutawaru.kb.*}).
 *
 * @param indexDir where the Lucene index lives; it can always be rebuilt from the
 * database
 * @param loadSample whether an empty database receives the shipped sample FAQ on start
 * (off in production)
 * @param synonymFiles staff's own synonym lists (Solr format, UTF-8), added to the
 * shipped municipal list
 * @param syncInterval how often the index checks the database for changes made by another
 * process; zero turns the check off (edits through this process are searchable at once
 * either way)
 * @param thresholds when to answer, offer a choice, or give up; all three values or none
 * @param semantic the semantic ranking stage
 */
@ConfigurationProperties("tsutawaru.kb")
public record KbProperties(@DefaultValue("./data/kb-index") Path indexDir, @DefaultValue("true") boolean loadSample,
		@DefaultValue( {
		}) List<Path> synonymFiles, @DefaultValue("10s") Duration syncInterval, DecisionThresholds thresholds,
		@DefaultValue Semantic semantic){

	/** Rejects settings that cannot work, naming the property. */
	public KbProperties {
		if (syncInterval.isNegative()) {
			throw new IllegalArgumentException("tsutawaru.kb.sync-interval must not be negative");
		}
		thresholds = thresholds == null ? DecisionThresholds.CALIBRATED : thresholds;
	}

	/**
	 * The semantic ranking stage ({@code tsutawaru.kb.semantic.*}).
	 *
	 * @param enabled whether questions are also ranked by meaning (off: by words only)
	 * @param modelFile an ONNX sentence-embedding model on disk in place of the packaged
	 * one
	 * @param tokenizerFile its {@code tokenizer.json}; required with {@code model-file}
	 * @param pooling {@code cls} or {@code mean}, as the model's card says
	 * @param queryPrefix put before every question (e5 models: 「query: 」)
	 * @param documentPrefix put before every FAQ text (e5 models: 「passage: 」)
	 * @param maxTokens texts are cut to this many tokens
	 * @param weight the semantic stage's share of the fused score, 0 to 1
	 * @param vectorsInBackground whether an import returns once its words are searchable
	 * and the vectors follow in the background (on), or only once its vectors exist
	 * @param embeddingThreads how many threads compute vectors in the background
	 * (default: one per core)
	 */
	public record Semantic(Boolean enabled, Path modelFile, Path tokenizerFile, EmbeddingModelSettings.Pooling pooling,
			String queryPrefix, String documentPrefix, Integer maxTokens, Double weight, Boolean vectorsInBackground,
			Integer embeddingThreads) {

		/**
		 * Fills in the defaults (an absent group is bound empty) and rejects settings
		 * that cannot work.
		 */
		public Semantic {
			enabled = enabled == null || enabled;
			maxTokens = maxTokens == null ? EmbeddingModelSettings.PACKAGED.maxTokens() : maxTokens;
			weight = weight == null ? FaqSearch.SEMANTIC_WEIGHT : weight;
			vectorsInBackground = vectorsInBackground == null || vectorsInBackground;
			embeddingThreads = embeddingThreads == null ? Runtime.getRuntime().availableProcessors() : embeddingThreads;
			if (embeddingThreads < 1) {
				throw new IllegalArgumentException("tsutawaru.kb.semantic.embedding-threads must be at least 1");
			}
			if (weight < 0 || weight > 1) {
				throw new IllegalArgumentException("tsutawaru.kb.semantic.weight must lie between 0 and 1");
			}
			// Checked here so that a wrong pair of files stops the start with the
			// property's name.
			new EmbeddingModelSettings(modelFile, tokenizerFile, pooling, queryPrefix, documentPrefix, maxTokens);
		}

		/**
		 * @return the model these settings name
		 */
		public EmbeddingModelSettings model() {
			return new EmbeddingModelSettings(modelFile, tokenizerFile, pooling, queryPrefix, documentPrefix,
					maxTokens);
		}
	}
}

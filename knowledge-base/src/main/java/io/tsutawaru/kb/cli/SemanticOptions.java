package io.tsutawaru.kb.cli;

import io.tsutawaru.kb.search.SemanticIndexing;
import io.tsutawaru.kb.semantic.DocumentVectors;
import io.tsutawaru.kb.semantic.EmbeddingModelSettings;
import io.tsutawaru.kb.semantic.EmbeddingModels;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The semantic stage as the command line asks for it: {@code --semantic on|off} (on: the
 * packaged model, or {@code --model-file M --tokenizer-file T [--pooling cls|mean]}),
 * {@code --semantic-weight W}, {@code --answer-characters N} and
 * {@code --vector-cache FILE} (vectors kept between runs).
 */
final class SemanticOptions {

	private final CommandOptions options;

	private DocumentVectors vectors;

	SemanticOptions(CommandOptions options) {
		this.options = options;
	}

	/**
	 * @return the semantic stage to index with, or {@code null} for words only
	 */
	SemanticIndexing indexing() throws IOException {
		if (options.text("semantic", "on").equals("off")) {
			return null;
		}
		var settings = options.values().containsKey("model-file")
				? new EmbeddingModelSettings(options.file("model-file"), options.file("tokenizer-file"),
						EmbeddingModelSettings.Pooling
							.valueOf(options.text("pooling", "cls").toUpperCase(java.util.Locale.ROOT)),
						options.text("query-prefix", ""), options.text("document-prefix", ""),
						options.number("max-tokens", 128))
				: EmbeddingModelSettings.PACKAGED;
		var model = EmbeddingModels.load(settings)
			.orElseThrow(() -> new UsageException("the embedding model cannot be loaded (see the log line above)"));
		vectors = DocumentVectors.of(model);
		Path cache = cacheFile();
		if (cache != null) {
			vectors.readFrom(cache);
		}
		int characters = options.number("answer-characters", -1);
		int sentence = options.number("answer-sentence", 0);
		return characters < 0 && sentence == 0 ? SemanticIndexing.standard(vectors)
				: SemanticIndexing.withAnswerTexts(vectors, characters, sentence);
	}

	/** Keeps the vectors for the next run, when {@code --vector-cache} names a file. */
	void save() throws IOException {
		if (vectors != null && cacheFile() != null) {
			vectors.writeTo(cacheFile());
		}
	}

	/**
	 * @return the weights of {@code --semantic-weight} (one, or several separated by
	 * commas for a screen)
	 */
	java.util.List<Double> weights(double otherwise) {
		String value = options.text("semantic-weight", null);
		try {
			return value == null ? java.util.List.of(otherwise)
					: java.util.Arrays.stream(value.split(",")).map(Double::parseDouble).toList();
		}
		catch (NumberFormatException e) {
			throw new UsageException("--semantic-weight must be numbers between 0 and 1, separated by commas");
		}
	}

	private Path cacheFile() {
		String file = options.text("vector-cache", null);
		return file == null ? null : Path.of(file);
	}

}

package io.tsutawaru.kb.transfer;

import io.tsutawaru.kb.FaqEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sample knowledge base shipped with the product: the generic child-rearing FAQ of
 * 子育てオープンデータ協議会 (661 entries, CC BY 4.0, see {@code kb/sample/ATTRIBUTION.md}), so a new
 * installation answers real questions. Its answers keep placeholders such as ○○市 that a
 * city replaces with its own details.
 */
public final class SampleKnowledgeBase {

	/**
	 * Marks the entries from the sample, so the attribution is shown while any of them
	 * remains.
	 */
	public static final String SOURCE = "kosodate-opendata-faq";

	/**
	 * The attribution the licence asks for, shown wherever the sample's answers are
	 * shown.
	 */
	public static final String ATTRIBUTION = "出典：子育てオープンデータ協議会「汎用FAQ」(CC BY 4.0)";

	private static final String RESOURCE = "/kb/sample/kosodate-faq.json";

	private SampleKnowledgeBase() {
	}

	/**
	 * Reads the sample.
	 * @return its entries, published, in Japanese, with ids {@code kosodate-<n>}
	 */
	public static List<FaqEntry> entries() {
		try (InputStream in = Objects.requireNonNull(SampleKnowledgeBase.class.getResourceAsStream(RESOURCE),
				RESOURCE + " is missing from the class path")) {
			JsonNode array = JsonMapper.builder().build().readTree(in);
			var entries = new ArrayList<FaqEntry>(array.size());
			for (JsonNode node : array) {
				entries.add(new FaqEntry("kosodate-" + node.path("faq_id").asString(),
						node.path("question").asString().strip(), List.of(), node.path("answer").asString().strip(),
						FieldValues.text(node.path("category1").asString()), null, null, null, "ja", Instant.EPOCH,
						true));
			}
			return entries;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the sample knowledge base", e);
		}
	}

}

package io.tsutawaru.kb.search;

import io.tsutawaru.kb.analysis.FaqAnalysis;
import io.tsutawaru.kb.transfer.SampleKnowledgeBase;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The shipped sample knowledge base indexed in memory (words only, no semantic stage) and
 * searched with the calibrated thresholds: what the tests of odd and kana-written
 * questions search. Registered as a static extension, it is built once per test class and
 * closed after its last test.
 */
final class SampleIndex implements AfterAllCallback {

	private final FaqIndex index = FaqIndex.inMemory(FaqAnalysis.standard());

	final FaqSearch search;

	SampleIndex() {
		index.rebuild(SampleKnowledgeBase.entries(), "sample");
		search = new FaqSearch(index, DecisionThresholds.CALIBRATED);
	}

	@Override
	public void afterAll(ExtensionContext context) throws Exception {
		index.close();
	}

}

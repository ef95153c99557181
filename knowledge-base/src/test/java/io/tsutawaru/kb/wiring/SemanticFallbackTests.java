package io.tsutawaru.kb.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsutawaru.kb.Decision;
import io.tsutawaru.kb.KnowledgeBase;
import io.tsutawaru.kb.KnowledgeBaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** A configured model that cannot be loaded leaves the search working by words alone. */
@TestPropertySource(properties = { "tsutawaru.kb.semantic.model-file=target/no-such-model.onnx",
		"tsutawaru.kb.semantic.tokenizer-file=target/no-such-tokenizer.json" })
class SemanticFallbackTests extends KnowledgeBaseTest {

	@Autowired
	KnowledgeBase knowledgeBase;

	@Test
	void searchesByWordsWhenTheConfiguredModelCannotBeLoaded() {
		var result = knowledgeBase.search("母子手帳の受け取り場所はどこですか", "ja");

		assertThat(result.decision()).isEqualTo(Decision.ANSWER);
		assertThat(result.candidates().getFirst().entry().question()).isEqualTo("母子手帳の受け取り場所はどこですか？");
	}

}

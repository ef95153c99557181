package io.tsutawaru.kb.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTests {

	@Test
	void printsTheBaselineTheWordsAloneAndThenTheMetricsAsOneJsonLineEach(@TempDir Path dir) throws Exception {
		Path corpus = Files.writeString(dir.resolve("corpus.json"), """
				{"1": "Question: 粗大ごみの出し方を知りたい\\nAnswer: 電話で申し込んでください。＜改＞。有料です。\\n",
				 "2": "Question: 住民票の写しがほしい\\nAnswer: 市民課の窓口で交付します。\\n",
				 "3": "Question: 児童手当の申請について\\nAnswer: 出生後15日以内に申請してください。\\n"}""");
		Path queries = Files.writeString(dir.resolve("queries.json"),
				"{\"a\": \"大型ゴミを捨てたい\", \"b\": \"住民票が欲しいのですが\", \"c\": \"ラベルのない質問\"}");
		Path qrels = Files.writeString(dir.resolve("qrels.json"), "{\"a\": {\"1\": 2}, \"b\": {\"2\": 2, \"3\": 1}}");
		var bytes = new ByteArrayOutputStream();

		new EvalCommand(
				CommandOptions.parse(new String[] { "--corpus", corpus.toString(), "--queries", queries.toString(),
						"--qrels", qrels.toString(), "--baseline" }),
				new PrintStream(bytes, true, StandardCharsets.UTF_8))
			.run();

		var lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(3);
		assertThat(lines.get(0)).startsWith("baseline {\"queries\":2,\"ndcg@10\":");
		// 大型ゴミ reaches 粗大ごみ only through the shipped synonyms and kana folding, which the
		// baseline lacks.
		assertThat(lines.get(1)).startsWith("words-only {\"queries\":2,").contains("\"p@1\":1.0000");
		assertThat(lines.get(2)).startsWith("{\"queries\":2,").contains("\"p@1\":1.0000");
	}

	@Test
	void tuneAndHeldOutPartsSplitTheLabelledQueriesBetweenThem(@TempDir Path dir) throws Exception {
		Path queries = Files.writeString(dir.resolve("queries.json"),
				"{\"a\": \"一\", \"b\": \"二\", \"x\": \"ラベルなし\", \"c\": \"三\"}");
		Path qrels = Files.writeString(dir.resolve("qrels.json"),
				"{\"a\": {\"1\": 2}, \"b\": {\"2\": 2}, \"c\": {\"3\": 1}}");
		var set = EvaluationSet.read(queries, qrels);

		assertThat(set.part("tune").queries()).containsOnlyKeys("a", "c");
		assertThat(set.part("held-out").queries()).containsOnlyKeys("b");
		assertThat(set.part("all")).isEqualTo(set);
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> set.part("train")).isInstanceOf(UsageException.class);
	}

	@Test
	void computesTheMetricsAsTheEvaluationSetDefinesThem() {
		var metrics = new RetrievalMetrics();

		metrics.add(java.util.List.of("x", "a", "b"), java.util.Map.of("a", 2, "b", 1, "c", 1));

		double dcg = 2 / log2(3) + 1 / log2(4);
		double ideal = 2 / log2(2) + 1 / log2(3) + 1 / log2(4);
		assertThat(metrics.ndcg()).isCloseTo(dcg / ideal, org.assertj.core.data.Offset.offset(1e-9));
		assertThat(metrics.precisionAtOne()).isZero();
		assertThat(metrics.toJson()).contains("\"recall@10\":0.6667", "\"mrr@10\":0.5000");
	}

	private static double log2(double x) {
		return Math.log(x) / Math.log(2);
	}

}

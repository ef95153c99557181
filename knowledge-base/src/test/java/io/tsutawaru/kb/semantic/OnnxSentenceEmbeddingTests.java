package io.tsutawaru.kb.semantic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The packaged model, a model configured on disk in its place, and a model that cannot be
 * loaded.
 */
@ExtendWith(OutputCaptureExtension.class)
class OnnxSentenceEmbeddingTests {

	@Test
	void thePackagedModelPlacesAParaphraseCloserThanAnUnrelatedText() {
		var model = EmbeddingModels.load(EmbeddingModelSettings.PACKAGED).orElseThrow();

		float[] question = model.embedQuery("子犬を飼い始めました");
		var entries = model.embedDocuments(List.of("犬の登録\n生後91日以上の犬は登録が必要です。", "市税の納付方法\n納付書で金融機関で納めます。"));

		assertThat(question).hasSize(512);
		assertThat(dot(question, question)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
		assertThat(dot(question, entries.get(0))).isGreaterThan(dot(question, entries.get(1)));
	}

	@Test
	void aTextsVectorDependsOnTheTextAloneNotOnTheTextsEmbeddedBesideIt() {
		// Vectors are cached and stored by the hash of their text: that is only sound
		// when the text alone decides
		// its vector, whichever texts an import happened to embed with it.
		var model = EmbeddingModels.load(EmbeddingModelSettings.PACKAGED).orElseThrow();
		String entry = "児童手当はいつ振り込まれますか？\n児童手当は年3回に分けて支給します。";

		float[] alone = model.embedDocuments(List.of(entry)).getFirst();
		float[] besideALongerText = model
			.embedDocuments(
					List.of(entry, "母子手帳の受け取り場所はどこですか？\n母子手帳は、市役所本庁舎の窓口と各出張所で受け取れます。" + "妊娠届をご記入いただき、その場でお渡しします。"))
			.getFirst();
		float[] besideAShorterText = model.embedDocuments(List.of("ごみの出し方", entry)).get(1);

		assertThat(besideALongerText).containsExactly(alone);
		assertThat(besideAShorterText).containsExactly(alone);
		assertThat(model.embedQuery(entry)).containsExactly(alone);
	}

	@Test
	void aModelAndTokenizerOnDiskReplaceThePackagedOne(@TempDir Path dir) throws IOException {
		// The packaged model's own files, copied out of the jar, stand for a model a city
		// downloads.
		Path modelFile = copy(OnnxSentenceEmbedding.PACKAGED_MODEL, dir.resolve("model.onnx"));
		Path tokenizerFile = copy(OnnxSentenceEmbedding.PACKAGED_TOKENIZER, dir.resolve("tokenizer.json"));
		var packaged = OnnxSentenceEmbedding.load(EmbeddingModelSettings.PACKAGED);

		var onDisk = OnnxSentenceEmbedding.load(
				new EmbeddingModelSettings(modelFile, tokenizerFile, EmbeddingModelSettings.Pooling.CLS, "", "", 128));
		var meanPooled = OnnxSentenceEmbedding.load(
				new EmbeddingModelSettings(modelFile, tokenizerFile, EmbeddingModelSettings.Pooling.MEAN, "", "", 128));

		assertThat(onDisk.embedQuery("粗大ごみの出し方")).containsExactly(packaged.embedQuery("粗大ごみの出し方"));
		assertThat(onDisk.id()).isEqualTo(packaged.id());
		assertThat(meanPooled.id()).isNotEqualTo(packaged.id());
		assertThat(meanPooled.embedQuery("粗大ごみの出し方")).isNotEqualTo(packaged.embedQuery("粗大ごみの出し方"));
	}

	@Test
	void aModelThatCannotBeLoadedIsReportedInOneLineAndNotTriedAgain(@TempDir Path dir, CapturedOutput output)
			throws IOException {
		Path broken = Files.writeString(dir.resolve("model.onnx"), "not a model");
		Path tokenizer = Files.writeString(dir.resolve("tokenizer.json"), "{}");
		var settings = new EmbeddingModelSettings(broken, tokenizer, EmbeddingModelSettings.Pooling.CLS, "", "", 128);

		assertThat(EmbeddingModels.load(settings)).isEmpty();
		assertThat(EmbeddingModels.load(settings)).isEmpty();

		assertThat(output.getAll().lines().filter(line -> line.contains("Semantic ranking is off"))).hasSize(1)
			.first()
			.asString()
			.contains(broken.toString());
	}

	private static Path copy(String resource, Path target) throws IOException {
		try (InputStream in = OnnxSentenceEmbedding.class.getResourceAsStream(resource)) {
			Files.copy(in, target);
		}
		return target;
	}

	private static double dot(float[] a, float[] b) {
		double sum = 0;
		for (int i = 0; i < a.length; i++) {
			sum += a[i] * b[i];
		}
		return sum;
	}

}

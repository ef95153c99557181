package io.tsutawaru.app.sandbox.line;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A bounded sandbox record in the data directory, one JSON line per entry, so that a demo
 * survives a restart: the residents' chat history, the LINE calls. The file is rewritten
 * with only what the record still holds once it has grown by the record's capacity, so a
 * benchmark multicasting to a million residents leaves a file of bounded size.
 *
 * @param <T> one entry
 */
final class KeptLines<T> {

	private static final Logger log = LoggerFactory.getLogger(KeptLines.class);

	private final Path file;

	private final JsonMapper json;

	private final int capacity;

	private final Function<T, ObjectNode> write;

	private final Function<JsonNode, T> read;

	/**
	 * Whether {@link #load} keeps only the newest {@code capacity} entries (a record), or
	 * every entry (a journal of changes, whose compaction writes the current state).
	 */
	private final boolean bounded;

	private BufferedWriter out;

	private int appended;

	/**
	 * @param write an entry as a JSON object
	 * @param read an entry from its JSON object; throws for a line that is not one
	 */
	KeptLines(Path file, JsonMapper json, int capacity, Function<T, ObjectNode> write, Function<JsonNode, T> read) {
		this(file, json, capacity, write, read, true);
	}

	private KeptLines(Path file, JsonMapper json, int capacity, Function<T, ObjectNode> write,
			Function<JsonNode, T> read, boolean bounded) {
		this.file = file;
		this.json = json;
		this.capacity = capacity;
		this.write = write;
		this.read = read;
		this.bounded = bounded;
	}

	/**
	 * A journal: every change is kept and read back in order; once {@code compactAfter}
	 * changes were appended, the file is rewritten with the changes that make the current
	 * state (what {@link #append}'s {@code all} says).
	 */
	static <T> KeptLines<T> journal(Path file, JsonMapper json, int compactAfter, Function<T, ObjectNode> write,
			Function<JsonNode, T> read) {
		return new KeptLines<>(file, json, compactAfter, write, read, false);
	}

	/**
	 * The newest {@code capacity} entries kept, oldest first; an unreadable line (a crash
	 * mid-write) is skipped.
	 */
	List<T> load() {
		if (!Files.exists(file)) {
			return List.of();
		}
		List<T> kept = new ArrayList<>();
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				try {
					kept.add(read.apply(json.readTree(line)));
				}
				catch (RuntimeException ex) { // JacksonException, or a line without a
												// time
					log.warn("Skipped an unreadable line of the sandbox record {}", file);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the sandbox record " + file, ex);
		}
		return bounded ? kept.subList(Math.max(0, kept.size() - capacity), kept.size()) : kept;
	}

	/**
	 * Adds one entry; {@code all} is everything the record now holds, written alone when
	 * the file is compacted.
	 */
	void append(T entry, Collection<T> all) {
		try {
			if (out == null || appended >= capacity) {
				compact(all);
				return;
			}
			out.write(line(entry));
			out.flush();
			appended++;
		}
		catch (IOException ex) {
			// What it records happened; only its copy for the next start is lost.
			log.warn("Could not keep a sandbox record entry in {}: {}", file, ex.toString());
		}
	}

	/** Empties the file as well as the record. */
	void clear() {
		try {
			if (out != null) {
				out.close();
				out = null;
			}
			Files.deleteIfExists(file);
		}
		catch (IOException ex) {
			log.warn("Could not empty the sandbox record {}: {}", file, ex.toString());
		}
	}

	private void compact(Collection<T> all) throws IOException {
		if (out != null) {
			out.close();
		}
		Files.createDirectories(file.getParent());
		Path next = file.resolveSibling(file.getFileName() + ".next");
		try (BufferedWriter writer = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
			for (T entry : all) {
				writer.write(line(entry));
			}
		}
		Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		appended = 0;
	}

	private String line(T entry) {
		return json.writeValueAsString(write.apply(entry)) + "\n";
	}

}

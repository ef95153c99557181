package io.tsutawaru.app.sandbox.line;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The sandbox residents' chat history in the data directory, one JSON line per delivered message, so that a demo's
 * chats survive a restart. The file is rewritten with only what the inbox still holds once it has grown by the
 * inbox's capacity, so a benchmark multicasting to a million residents leaves a file of bounded size.
 */
final class InboxFile {

	private static final Logger log = LoggerFactory.getLogger(InboxFile.class);

	private final Path file;

	private final JsonMapper json;

	private final int capacity;

	private BufferedWriter out;

	private int appended;

	InboxFile(Path file, JsonMapper json, int capacity) {
		this.file = file;
		this.json = json;
		this.capacity = capacity;
	}

	/** The newest {@code capacity} messages kept, oldest first; an unreadable line (a crash mid-write) is skipped. */
	List<ResidentInbox.Delivered> load() {
		if (!Files.exists(file)) {
			return List.of();
		}
		List<ResidentInbox.Delivered> kept = new ArrayList<>();
		try {
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				try {
					JsonNode node = json.readTree(line);
					kept.add(new ResidentInbox.Delivered(node.path("seq").asLong(), node.path("userId").asString(),
							node.path("via").asString(), node.path("message"), Instant.parse(node.path("at").asString())));
				}
				catch (RuntimeException ex) { // JacksonException, or a line without a time
					log.warn("Skipped an unreadable line of the sandbox chat history {}", file);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the sandbox chat history " + file, ex);
		}
		return kept.subList(Math.max(0, kept.size() - capacity), kept.size());
	}

	/** Adds one message; {@code all} is everything the inbox now holds, written alone when the file is compacted. */
	void append(ResidentInbox.Delivered delivered, Collection<ResidentInbox.Delivered> all) {
		try {
			if (out == null || appended >= capacity) {
				compact(all);
				return;
			}
			out.write(line(delivered));
			out.flush();
			appended++;
		}
		catch (IOException ex) {
			// The resident got the message; only its copy for the next start is lost.
			log.warn("Could not keep a sandbox chat message in {}: {}", file, ex.toString());
		}
	}

	private void compact(Collection<ResidentInbox.Delivered> all) throws IOException {
		if (out != null) {
			out.close();
		}
		Files.createDirectories(file.getParent());
		Path next = file.resolveSibling(file.getFileName() + ".next");
		try (BufferedWriter writer = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
			for (ResidentInbox.Delivered delivered : all) {
				writer.write(line(delivered));
			}
		}
		Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
		appended = 0;
	}

	private String line(ResidentInbox.Delivered delivered) {
		ObjectNode node = json.createObjectNode();
		node.put("seq", delivered.seq());
		node.put("userId", delivered.userId());
		node.put("via", delivered.via());
		node.set("message", delivered.message());
		node.put("at", delivered.at().toString());
		return json.writeValueAsString(node) + "\n";
	}

}

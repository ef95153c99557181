package io.tsutawaru.kb.transfer;

import io.tsutawaru.kb.Contact;
import io.tsutawaru.kb.FaqEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * FAQ entries as JSON: an array of entry objects (what the export writes), or the
 * LocalgovFAQ object {@code {"<id>": "Question: …\nAnswer: …"}}.
 */
public final class FaqJson {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private FaqJson() {
	}

	/**
	 * Reads a JSON document.
	 * @param json UTF-8 bytes; not closed
	 * @return the entries read and the records rejected, with their 1-based positions
	 */
	public static ParsedEntries read(InputStream json) {
		JsonNode root;
		try {
			root = JSON.readTree(json.readAllBytes());
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the JSON document", e);
		}
		catch (JacksonException e) {
			long line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
			return ParsedEntries.failed(line, "the document is not valid JSON: " + e.getOriginalMessage());
		}
		if (root != null && root.isArray()) {
			return entries(root);
		}
		if (root != null && root.isObject()) {
			return localgovFaq(root);
		}
		return ParsedEntries.failed(1, "expected an array of entries or an object of \"id\": \"Question: …\"");
	}

	private static ParsedEntries entries(JsonNode array) {
		var rows = new ParsedEntries.Builder();
		for (int i = 0; i < array.size(); i++) {
			JsonNode node = array.get(i);
			if (!node.isObject()) {
				rows.reject(i + 1, "record " + (i + 1) + " is not an object");
				continue;
			}
			try {
				rows.add(i + 1, entry(node));
			}
			catch (FieldValues.BadValueException e) {
				rows.reject(i + 1, e.getMessage());
			}
		}
		return rows.build();
	}

	private static ParsedEntries localgovFaq(JsonNode object) {
		var rows = new ParsedEntries.Builder();
		int position = 0;
		for (Map.Entry<String, JsonNode> property : object.properties()) {
			position++;
			JsonNode value = property.getValue();
			var entry = value.isString() ? LocalgovFaqFormat.parse(property.getKey(), value.stringValue())
					: java.util.Optional.<FaqEntry>empty();
			if (entry.isPresent()) {
				rows.add(position, entry.get());
			}
			else {
				rows.reject(position, "record " + property.getKey() + " is not \"Question: …\\nAnswer: …\" text");
			}
		}
		return rows.build();
	}

	private static FaqEntry entry(JsonNode node) {
		var alternatives = new ArrayList<String>();
		node.path("alternatives").forEach(alternative -> {
			if (alternative.isValueNode() && !alternative.asString().isBlank()) {
				alternatives.add(alternative.asString().strip());
			}
		});
		JsonNode contact = node.path("contact");
		String phone = text(contact, "phone");
		String hours = text(contact, "hours");
		JsonNode published = node.path("published");
		return new FaqEntry(text(node, "id"), text(node, "question"), alternatives, text(node, "answer"),
				text(node, "category"), text(node, "department"),
				phone == null && hours == null ? null : new Contact(phone, hours), FieldValues.url(text(node, "url")),
				FieldValues.language(text(node, "language")), Instant.EPOCH,
				published.isBoolean() ? published.booleanValue() : FieldValues.published(text(node, "published")));
	}

	private static String text(JsonNode node, String field) {
		JsonNode value = node.path(field);
		return value.isValueNode() && !value.isNull() ? FieldValues.text(value.asString()) : null;
	}

	/**
	 * Writes entries as a JSON array that {@link #read} reads back.
	 * @param entries the entries
	 * @param out where to write; not closed
	 */
	public static void write(List<FaqEntry> entries, OutputStream out) {
		ArrayNode array = JSON.createArrayNode();
		for (FaqEntry entry : entries) {
			ObjectNode node = array.addObject();
			node.put("id", entry.id());
			node.put("question", entry.question());
			entry.alternatives().forEach(node.putArray("alternatives")::add);
			node.put("answer", entry.answer());
			node.put("category", entry.category());
			node.put("department", entry.department());
			if (entry.contact() != null) {
				node.putObject("contact").put("phone", entry.contact().phone()).put("hours", entry.contact().hours());
			}
			node.put("url", entry.url() == null ? null : entry.url().toString());
			node.put("language", entry.language());
			node.put("updatedAt", entry.updatedAt() == null ? null : entry.updatedAt().toString());
			node.put("published", entry.published());
		}
		try {
			// Written to bytes first: the mapper would otherwise close the caller's
			// stream.
			out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(array));
			out.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the JSON export", e);
		}
	}

}

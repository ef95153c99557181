package io.tsutawaru.batch.faq;

import java.nio.file.Path;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cuts a JSON FAQ document into its records without loading it whole: the elements of an
 * array, or the {@code "id": "…"} members of a LocalgovFAQ object. The number of records
 * read is saved with each chunk; a restarted import skips that many.
 */
class JsonRecordReader implements ItemStreamReader<FaqRecord> {

	private static final String POSITION = "json.position";

	/**
	 * Reads one record out of the middle of the document: what follows it is the next
	 * record, not an error.
	 */
	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final Path file;

	private JsonParser parser;

	private boolean members;

	private long position;

	JsonRecordReader(Path file) {
		this.file = file;
	}

	@Override
	public void open(ExecutionContext context) {
		parser = JSON.createParser(file.toFile());
		JsonToken first = parser.nextToken();
		members = first == JsonToken.START_OBJECT;
		long skip = context.containsKey(POSITION) ? context.getLong(POSITION) : 0;
		position = 0;
		while (position < skip && read() != null) {
			// skipping the records a previous run committed
		}
	}

	@Override
	public FaqRecord read() {
		JsonToken token = parser.nextToken();
		if (token == null || token == JsonToken.END_ARRAY || token == JsonToken.END_OBJECT) {
			return null;
		}
		position++;
		if (members) {
			String id = parser.currentName();
			parser.nextToken();
			JsonNode value = JSON.readTree(parser);
			return new FaqRecord(position, JSON.writeValueAsString(id) + ":" + JSON.writeValueAsString(value));
		}
		return new FaqRecord(position, JSON.writeValueAsString(JSON.readTree(parser)));
	}

	@Override
	public void update(ExecutionContext context) {
		context.putLong(POSITION, position);
	}

	@Override
	public void close() {
		if (parser != null) {
			parser.close();
			parser = null;
		}
	}

}

package io.tsutawaru.bot.webhook;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.linecorp.bot.webhook.model.Event;
import io.tsutawaru.bot.webhook.WebhookRejectedException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Splits a webhook body into its events as LINE wrote them, and reads one back as the
 * SDK's model. Each event is queued as its own JSON, untouched, so that nothing LINE sent
 * is lost on the way to the worker that handles it.
 */
@Component
class EventCodec {

	private static final Logger log = LoggerFactory.getLogger(EventCodec.class);

	/**
	 * Configured as the LINE SDK's own {@code ModelObjectMapper} (line-bot-jackson, which
	 * is only a runtime dependency of the SDK): unknown properties and enum values are
	 * tolerated, so events LINE extends keep working.
	 */
	private final ObjectMapper mapper = new ObjectMapper()
		.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
		.enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
		.registerModule(new JavaTimeModule())
		.configure(DeserializationFeature.READ_DATE_TIMESTAMPS_AS_NANOSECONDS, false);

	/**
	 * The events of a webhook body.
	 * @throws WebhookRejectedException when the body is not JSON with an {@code events}
	 * array of objects
	 */
	List<EventQueue.Queued> split(byte[] body) {
		JsonNode root;
		try {
			root = mapper.readTree(body);
		}
		catch (IOException ex) {
			throw new WebhookRejectedException(Reason.MALFORMED,
					"The body is not JSON: " + ex.getClass().getSimpleName());
		}
		JsonNode events = root == null ? null : root.get("events");
		if (events == null || !events.isArray()) {
			throw new WebhookRejectedException(Reason.MALFORMED, "The body has no events array");
		}
		List<EventQueue.Queued> queued = new ArrayList<>();
		for (JsonNode event : events) {
			if (!event.isObject()) {
				throw new WebhookRejectedException(Reason.MALFORMED, "An event is not a JSON object");
			}
			queued.add(new EventQueue.Queued(residentKey(event), event.toString()));
		}
		return queued;
	}

	/** The SDK's model of one queued event, or empty (logged) when it cannot be read. */
	Optional<Event> decode(String json) {
		try {
			return Optional.of(mapper.readValue(json, Event.class));
		}
		catch (IOException ex) {
			log.warn("A queued webhook event could not be read and is skipped: {}", ex.getClass().getSimpleName());
			return Optional.empty();
		}
	}

	/**
	 * The resident an event is from; events from no one in particular are spread by their
	 * id.
	 */
	private static String residentKey(JsonNode event) {
		String userId = event.path("source").path("userId").asText("");
		return userId.isEmpty() ? event.path("webhookEventId").asText("") : userId;
	}

}

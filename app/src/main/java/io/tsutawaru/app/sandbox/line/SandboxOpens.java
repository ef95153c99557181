package io.tsutawaru.app.sandbox.line;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * LINE's unit-based statistics as the sandbox plays them: a message sent with
 * {@code customAggregationUnits} counts as opened by a resident once their chat page has
 * shown it, as LINE counts a resident who displayed the message.
 */
@Component
@ConditionalOnBooleanProperty("tsutawaru.sandbox.enabled")
public class SandboxOpens {

	private final Map<Long, List<String>> unitsOfMessage = new ConcurrentHashMap<>();

	private final Map<String, Set<String>> openedBy = new ConcurrentHashMap<>();

	void sent(long seq, List<String> units) {
		if (!units.isEmpty()) {
			unitsOfMessage.put(seq, List.copyOf(units));
		}
	}

	/** The chat page showed these messages to the resident. */
	public void shown(List<ResidentInbox.Delivered> delivered, String userId) {
		for (ResidentInbox.Delivered message : delivered) {
			for (String unit : unitsOfMessage.getOrDefault(message.seq(), List.of())) {
				openedBy.computeIfAbsent(unit, any -> ConcurrentHashMap.newKeySet()).add(userId);
			}
		}
	}

	/** Residents who were shown a message of the unit. */
	int opened(String unit) {
		return openedBy.getOrDefault(unit, Set.of()).size();
	}

}

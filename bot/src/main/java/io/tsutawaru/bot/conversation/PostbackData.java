package io.tsutawaru.bot.conversation;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The data carried by a button the bot offered, as a small query string
 * ({@code c=report&a=category&v=road}): {@code c} names the conversation that offered it,
 * {@code a} the action, the rest are its values. LINE limits postback data to 300
 * characters, which these stay well within.
 *
 * @param topic the conversation that offered the button
 * @param action what the button does
 * @param values the action's values
 */
public record PostbackData(Topic topic, String action, Map<String, String> values) {

	public PostbackData {
		values = Map.copyOf(values);
	}

	/** A button's data with no values. */
	public static PostbackData of(Topic topic, String action) {
		return new PostbackData(topic, action, Map.of());
	}

	/** A button's data with one value {@code v}. */
	public static PostbackData of(Topic topic, String action, String value) {
		return new PostbackData(topic, action, Map.of("v", value));
	}

	/** The value {@code v}, or {@code null}. */
	public String value() {
		return values.get("v");
	}

	/** A named value, or {@code null}. */
	public String value(String name) {
		return values.get(name);
	}

	/** The string LINE carries back to the webhook. */
	public String encode() {
		StringJoiner joined = new StringJoiner("&");
		joined.add("c=" + topic.code()).add("a=" + escape(action));
		values.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach(entry -> joined.add(escape(entry.getKey()) + "=" + escape(entry.getValue())));
		return joined.toString();
	}

	/**
	 * Reads data the bot wrote earlier. Anything else (a rich menu of another tool, a
	 * forged event) has no topic and is reported as {@code null} so that it is ignored
	 * rather than failing.
	 */
	public static PostbackData decode(String data) {
		if (data == null) {
			return null;
		}
		Map<String, String> pairs = new LinkedHashMap<>();
		for (String pair : data.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				pairs.put(unescape(pair.substring(0, equals)), unescape(pair.substring(equals + 1)));
			}
		}
		Topic topic = Topic.fromCode(pairs.remove("c"));
		String action = pairs.remove("a");
		return topic == null || action == null ? null : new PostbackData(topic, action, pairs);
	}

	/**
	 * Only the separators are escaped, so the data stays readable (and short) with
	 * Japanese values.
	 */
	private static String escape(String value) {
		return value.replace("%", "%25").replace("&", "%26").replace("=", "%3D");
	}

	private static String unescape(String value) {
		return value.replace("%3D", "=").replace("%26", "&").replace("%25", "%");
	}

}

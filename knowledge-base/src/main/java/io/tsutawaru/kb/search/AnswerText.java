package io.tsutawaru.kb.search;

import java.util.regex.Pattern;

/**
 * Splits an answer into what it says and its trailing boilerplate: the 【関連するＦＡＱ】 list
 * (titles of other entries, which would make this entry match their questions) and the
 * 【お問い合わせ】 block, opening hours and holidays (shared by hundreds of entries of one
 * department).
 *
 * @param body the answer proper, indexed with full weight
 * @param related the titles of related entries, if any
 */
record AnswerText(String body, String related) {

	private static final Pattern RELATED = Pattern.compile("【関連する(?:FAQ|ＦＡＱ)】");

	private static final Pattern BOILERPLATE = Pattern.compile("【お問い?合わ?せ先?】|■問い?合わ?せ時間|■休日|■受付時間|■窓口時間");

	static AnswerText of(String answer) {
		if (answer == null || answer.isBlank()) {
			return new AnswerText("", "");
		}
		String text = answer.replace("＜改＞", "\n");
		int related = find(RELATED, text, 0);
		int boilerplate = find(BOILERPLATE, text, 0);
		int bodyEnd = Math.min(related, boilerplate);
		String body = text.substring(0, bodyEnd);
		String relatedTitles = "";
		if (related < text.length()) {
			int relatedEnd = find(BOILERPLATE, text, related);
			relatedTitles = text.substring(related, relatedEnd).replaceFirst(RELATED.pattern(), "");
		}
		return new AnswerText(body.strip(), relatedTitles.strip());
	}

	private static int find(Pattern pattern, String text, int from) {
		var matcher = pattern.matcher(text);
		return matcher.find(from) ? matcher.start() : text.length();
	}
}

package io.tsutawaru.kb;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The template text of a shared FAQ that a city has not replaced yet. The shipped sample
 * is such a template: of its 661 answers, 178 hold an instruction to the city
 * (「（保育園の申し込み締め切りを記載してください。）」, often with an example answer 例「…」 from another city), and
 * most hold blanks (「○○市」, 「（電話番号）」, 「（自治体HP内関連ページのURL）」). Residents must never be sent
 * an instruction or an example as if it were the city's answer, nor a blank.
 */
public final class TemplateText {

	/**
	 * An instruction to the city: a bracketed sentence asking it to write something in
	 * (brackets nest once).
	 */
	private static final Pattern INSTRUCTION = Pattern
		.compile("[（(](?:[^（）()]|[（(][^（）()]*[）)])*?(?:記載|記入)(?:[^（）()]|[（(][^（）()]*[）)])*[）)]");

	private static final Pattern BRACKETED = Pattern.compile("[（(]([^（）()]*)[）)]");

	/**
	 * What a bracketed blank names: a slot for the city's own detail, not an aside of the
	 * answer (「（非課税）」).
	 */
	private static final Pattern SLOT = Pattern.compile("自治体|URL|ＵＲＬ|電話番号|開庁時間|名称|所在|住所|[○〇●△×◎]|等$|場所$|日時$|名$");

	private static final Pattern CITY = Pattern.compile("[○〇]{2,}(?:市|町|村)");

	private static final Pattern MARKS = Pattern.compile("[○〇●△×◎]{2,}|…{2,}");

	/**
	 * One mark standing for a number the city is to write in: 「○時○分から」, 「○月○日（○）」, 「○歳児」,
	 * 「市役所△階」, 「約○か月」. A sentence holding one says nothing true without it, so the whole
	 * sentence is left out of what residents see. (● is left alone: the template uses it
	 * as a bullet, 「●必要書類」.)
	 */
	private static final Pattern NUMBER_BLANK = Pattern
		.compile("[○〇△×◎](?=[時分月日年歳回階人園面件：:～〜]|[ヵヶケ]月|か(?:所|月)|箇所|つの|ページ|丁目)|[（(][○〇△×◎][）)]|[○〇△×◎](?=[（(]←)");

	/** A sentence: up to and with its 。, or the rest of the line. */
	private static final Pattern SENTENCE = Pattern.compile("[^。]*。|[^。]+$");

	private static final Pattern HEADING = Pattern.compile("^\\s*[▼◆■].*");

	/**
	 * Less than this much text left besides the template's parts: the answer is not
	 * written yet.
	 */
	private static final int WRITTEN = 20;

	private TemplateText() {
	}

	/**
	 * What a resident may be shown of an answer.
	 * @param answer the entry's answer
	 * @param cityName the city's name as residents know it (「長久手市」), filled in for 「○○市」;
	 * may be blank
	 * @return the answer made fit to send, or {@link ResidentAnswer.NotWrittenYet} when
	 * it is only an instruction
	 */
	public static ResidentAnswer forResidents(String answer, String cityName) {
		String city = cityName == null || cityName.isBlank() ? "市" : cityName.strip();
		String text = CITY.matcher(answer == null ? "" : answer).replaceAll(Matcher.quoteReplacement(city));
		// The template's parts taken out and little else left: not written yet
		// (「詳しくはこちらをご覧ください。」 alone answers nothing).
		boolean templated = NUMBER_BLANK.matcher(text).find();
		// Brackets nest (「（相談方法（面談、電話等）等の説明を記載してください。）」): the inner blank goes first,
		// then the instruction around it.
		for (String before = ""; !text.equals(before);) {
			before = text;
			templated |= INSTRUCTION.matcher(text).find();
			text = withoutBlanks(withoutExamples(INSTRUCTION.matcher(text).replaceAll("")));
		}
		String body = body(text);
		if (body.isEmpty() || templated && body.length() < WRITTEN) {
			return new ResidentAnswer.NotWrittenYet();
		}
		return new ResidentAnswer.Written(withoutEmptySections(text));
	}

	/**
	 * The template's parts still in a text, for staff to replace: instructions, example
	 * answers and blanks.
	 * @param text an entry's question or answer
	 * @return each part as it stands in the text, in order; empty when the text is the
	 * city's own
	 */
	public static List<String> templateParts(String text) {
		var parts = new ArrayList<String>();
		if (text == null) {
			return parts;
		}
		INSTRUCTION.matcher(text).results().forEach(match -> parts.add(match.group()));
		parts.addAll(examples(text));
		BRACKETED.matcher(text)
			.results()
			.filter(match -> !INSTRUCTION.matcher(match.group()).matches() && SLOT.matcher(match.group(1)).find())
			.forEach(match -> parts.add(match.group()));
		CITY.matcher(text).results().forEach(match -> parts.add(match.group()));
		MARKS.matcher(CITY.matcher(text).replaceAll("")).results().forEach(match -> parts.add(match.group()));
		text.lines()
			.flatMap(TemplateText::sentences)
			.filter(sentence -> NUMBER_BLANK.matcher(sentence).find())
			.forEach(sentence -> parts.add(sentence.strip()));
		return parts;
	}

	/**
	 * @param entry an entry
	 * @return whether its question or answer still holds the template's parts
	 */
	public static boolean needsEditing(FaqEntry entry) {
		return !templateParts(entry.question()).isEmpty() || !templateParts(entry.answer()).isEmpty();
	}

	private static String withoutBlanks(String text) {
		String sentences = text.lines()
			.map(line -> sentences(line).filter(sentence -> !NUMBER_BLANK.matcher(sentence).find())
				.collect(Collectors.joining()))
			.collect(Collectors.joining("\n"));
		String slots = BRACKETED.matcher(sentences)
			.replaceAll(match -> SLOT.matcher(match.group(1)).find() ? "" : Matcher.quoteReplacement(match.group()));
		return MARKS.matcher(slots).replaceAll("");
	}

	/** A line's sentences, which together are the whole line. */
	private static Stream<String> sentences(String line) {
		return SENTENCE.matcher(line).results().map(MatchResult::group);
	}

	/** Removes each 例「…」 (its own 「」 may nest; an example left open runs to the end). */
	private static String withoutExamples(String text) {
		var kept = new StringBuilder(text.length());
		int at = 0;
		for (int[] span : exampleSpans(text)) {
			kept.append(text, at, span[0]);
			at = span[1];
		}
		return kept.append(text.substring(at)).toString();
	}

	private static List<String> examples(String text) {
		return exampleSpans(text).stream().map(span -> text.substring(span[0], span[1])).toList();
	}

	private static List<int[]> exampleSpans(String text) {
		var spans = new ArrayList<int[]>();
		int start = text.indexOf("例「");
		while (start >= 0) {
			int depth = 0;
			int end = start + 1;
			for (; end < text.length(); end++) {
				char c = text.charAt(end);
				depth += c == '「' ? 1 : c == '」' ? -1 : 0;
				if (depth == 0) {
					break;
				}
			}
			end = Math.min(text.length(), end + 1);
			spans.add(new int[] { start, end });
			start = text.indexOf("例「", end);
		}
		return spans;
	}

	/** The text that says something: headings, punctuation and spaces aside. */
	private static String body(String text) {
		var body = new StringBuilder();
		text.lines().filter(line -> !HEADING.matcher(line).matches()).forEach(body::append);
		return body.toString().replaceAll("[\\s。、．，・：:「」『』（）()／/]", "");
	}

	/**
	 * Drops headings (「▼詳しくはこちら」) whose contents were blanks, and the empty lines left
	 * behind.
	 */
	private static String withoutEmptySections(String text) {
		List<String> lines = text.lines().map(String::stripTrailing).toList();
		var kept = new ArrayList<String>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (HEADING.matcher(line).matches() && !hasContentBeforeNextHeading(lines, i + 1)) {
				continue;
			}
			// A line left with only a separator (「／」 between two blanks) is as empty as a
			// blank one.
			boolean empty = body(line).isEmpty() && !HEADING.matcher(line).matches();
			if (!empty) {
				kept.add(line);
			}
			else if (!kept.isEmpty() && !kept.getLast().isEmpty()) {
				kept.add("");
			}
		}
		while (!kept.isEmpty() && kept.getLast().isEmpty()) {
			kept.removeLast();
		}
		return String.join("\n", kept).replaceAll("[（(][）)]|「」", "");
	}

	private static boolean hasContentBeforeNextHeading(List<String> lines, int from) {
		for (int i = from; i < lines.size() && !HEADING.matcher(lines.get(i)).matches(); i++) {
			if (!body(lines.get(i)).isEmpty()) {
				return true;
			}
		}
		return false;
	}

}

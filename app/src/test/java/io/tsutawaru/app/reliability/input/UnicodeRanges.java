package io.tsutawaru.app.reliability.input;

import java.util.List;
import java.util.Random;

/**
 * Texts drawn from the ranges of Unicode a document writer must be ready for (issue 15):
 * control characters (C0, DEL and C1), surrogates without their pair, noncharacters,
 * private use (the BMP's and planes 15 and 16), anything in the BMP, the supplementary
 * planes, XML's own markup, whitespace and Japanese. A text mixes several ranges; a
 * "clean" text keeps to the ranges every document may carry.
 */
final class UnicodeRanges {

	/** A range of code points; {@code fit} says whether every document may carry it. */
	enum Range {

		JAPANESE(true), MARKUP(true), WHITESPACE(true), BMP(true), SUPPLEMENTARY(true), PRIVATE_USE(true), C0(false),
		C1(false), LONE_SURROGATE(false), NONCHARACTER(false);

		final boolean fit;

		Range(boolean fit) {
			this.fit = fit;
		}

	}

	private static final String JAPANESE = "あいうえおかがきくけこさしすせそたちつてとなにぬねのはばぱひふへほまみむめもやゆよらりるれろわをん"
			+ "アイウエオカキクケコサシスセソタチツテトナニヌネノ避難指示大雨警報洪水土砂災害市役所北部中央南部、。「」（）・ー〜";

	private static final List<String> MARKUP = List.of("<", ">", "&", "\"", "'", "]]>", "<![CDATA[", "&amp;", "&#0;",
			"<script>", "</headline>", "-->");

	private static final String WHITESPACE = "\t\n\r \u3000\u00A0";

	/** C0 without tab, line feed and carriage return, which every document may carry. */
	private static final String CONTROLS = "\u0000\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000B\u000C\u000E\u000F"
			+ "\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F";

	private final Random random;

	UnicodeRanges(Random random) {
		this.random = random;
	}

	/** A text of 1 to {@code maxParts} pieces, each from one of the ranges. */
	String text(List<Range> ranges, int maxParts) {
		StringBuilder text = new StringBuilder();
		for (int parts = 1 + random.nextInt(maxParts); parts > 0; parts--) {
			text.append(piece(ranges.get(random.nextInt(ranges.size()))));
		}
		return text.toString();
	}

	private String piece(Range range) {
		return switch (range) {
			case JAPANESE -> String.valueOf(JAPANESE.charAt(random.nextInt(JAPANESE.length())));
			case MARKUP -> MARKUP.get(random.nextInt(MARKUP.size()));
			case WHITESPACE -> String.valueOf(WHITESPACE.charAt(random.nextInt(WHITESPACE.length())));
			case BMP -> bmp();
			case SUPPLEMENTARY -> supplementary();
			case PRIVATE_USE -> codePoint(switch (random.nextInt(3)) {
				case 0 -> 0xE000 + random.nextInt(0x1900);
				case 1 -> 0xF0000 + random.nextInt(0xFFFE);
				default -> 0x100000 + random.nextInt(0xFFFE);
			});
			case C0 -> String.valueOf(CONTROLS.charAt(random.nextInt(CONTROLS.length())));
			case C1 -> String.valueOf((char) (0x7F + random.nextInt(0x21)));
			case LONE_SURROGATE -> String.valueOf((char) (0xD800 + random.nextInt(0x800)));
			case NONCHARACTER -> random.nextBoolean() ? String.valueOf((char) (0xFDD0 + random.nextInt(0x20)))
					: codePoint(random.nextInt(17) * 0x10000 + 0xFFFE + random.nextInt(2));
		};
	}

	/**
	 * Any code point of the BMP the XML rule allows outside the special ranges: assigned
	 * or not, any script.
	 */
	private String bmp() {
		while (true) {
			int c = 0xA0 + random.nextInt(0xFFFE - 0xA0);
			if ((c < 0xD800 || c > 0xDFFF) && (c < 0xFDD0 || c > 0xFDEF) && c < 0xFFFE) {
				return String.valueOf((char) c);
			}
		}
	}

	private String supplementary() {
		while (true) {
			int c = 0x10000 + random.nextInt(0x100000);
			if ((c & 0xFFFE) != 0xFFFE) {
				return codePoint(c);
			}
		}
	}

	private static String codePoint(int codePoint) {
		return new String(Character.toChars(codePoint));
	}

}

package io.tsutawaru.kb.transfer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Reads the loosely typed cells staff write (in Excel or by hand) into the values of an
 * entry.
 */
final class FieldValues {

	private FieldValues() {
	}

	/** Blank cells mean "none". */
	static String text(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	static URI url(String value) {
		String text = text(value);
		if (text == null) {
			return null;
		}
		try {
			URI uri = new URI(text);
			if (!uri.isAbsolute()) {
				throw new BadValueException("url " + text + " is not an absolute address");
			}
			return uri;
		}
		catch (URISyntaxException e) {
			throw new BadValueException("url " + text + " is not a valid address");
		}
	}

	/** Empty means published: an imported FAQ is usually meant to be seen. */
	static boolean published(String value) {
		String text = text(value);
		if (text == null) {
			return true;
		}
		return switch (text.toLowerCase(Locale.ROOT)) {
			case "true", "yes", "1", "公開", "はい" -> true;
			case "false", "no", "0", "非公開", "いいえ" -> false;
			default -> throw new BadValueException("published must be true or false, not " + text);
		};
	}

	static String language(String value) {
		String text = text(value);
		return text == null ? "ja" : text.toLowerCase(Locale.ROOT);
	}

	/** A cell that cannot be read; the message names the column and the value. */
	static final class BadValueException extends RuntimeException {

		BadValueException(String message) {
			super(message);
		}

	}

}

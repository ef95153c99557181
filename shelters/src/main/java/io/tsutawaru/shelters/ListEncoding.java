package io.tsutawaru.shelters;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Which encoding a list is in. Cities publish the lists as UTF-8, often with a byte-order mark, or as Shift_JIS
 * saved by Excel (windows-31j, with Microsoft's extensions such as ①). A list that is not valid UTF-8 but is valid
 * Shift_JIS is Shift_JIS; anything else is read as UTF-8, and its broken characters reject their rows.
 */
final class ListEncoding {

	static final Charset SHIFT_JIS = Charset.forName("windows-31j");

	private ListEncoding() {
	}

	static Charset detect(byte[] bytes) {
		if (textStart(bytes) > 0 || valid(bytes, StandardCharsets.UTF_8)) {
			return StandardCharsets.UTF_8;
		}
		return valid(bytes, SHIFT_JIS) ? SHIFT_JIS : StandardCharsets.UTF_8;
	}

	/** After a UTF-8 byte-order mark, or 0. */
	static int textStart(byte[] bytes) {
		return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
	}

	private static boolean valid(byte[] bytes, Charset charset) {
		try {
			charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

}

package io.tsutawaru.text;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

/**
 * The one decision on which encoding a file from staff is in, taken once for the whole
 * file: UTF-8 (with or without a byte-order mark) or Shift_JIS as Excel on a Japanese
 * Windows writes it (windows-31j).
 *
 * <p>
 * Why per file and why this rule: a file is written by one program in one encoding, so
 * deciding line by line would only let a broken line be read in a second encoding and
 * imported as garbage. A byte-order mark settles it. Otherwise the file is UTF-8 as soon
 * as one of its non-ASCII lines is valid UTF-8 (a line of Japanese Shift_JIS text
 * practically never is), and Shift_JIS only when none is. Deciding on the whole file
 * being valid UTF-8 instead would turn a UTF-8 file with one damaged line into Shift_JIS,
 * which accepts almost any bytes and so would hide the damage; with this rule the damaged
 * line is rejected on its own. Used for every file staff upload: the FAQ and subscriber
 * imports (the knowledge base's {@code StaffCsvReader}) and the shelter lists.
 */
public final class StaffCsvEncoding {

	/**
	 * Excel's "CSV" on a Japanese Windows: Shift_JIS with Microsoft's extensions (①, ～,
	 * ㈱, NEC specials).
	 */
	public static final Charset SHIFT_JIS = Charset.forName("windows-31j");

	/**
	 * Lines longer than this are not looked at for the decision; they are rejected when
	 * read anyway.
	 */
	private static final int LONGEST_LINE_LOOKED_AT = 1 << 16;

	private StaffCsvEncoding() {
	}

	/**
	 * Decides a file's encoding.
	 * @param content opens the file's bytes from the start; each stream is closed here
	 * @return UTF-8 or {@link #SHIFT_JIS}
	 */
	public static Charset of(Supplier<InputStream> content) {
		try (InputStream in = new BufferedInputStream(content.get(), 1 << 16)) {
			byte[] start = in.readNBytes(3);
			if (byteOrderMark(start) > 0) {
				return StandardCharsets.UTF_8;
			}
			var line = new ByteArrayOutputStream(256);
			line.writeBytes(start);
			boolean nonAscii = false;
			for (int b = in.read();; b = in.read()) {
				if (b == -1 || b == '\n') {
					byte[] bytes = line.toByteArray();
					if (bytes.length <= LONGEST_LINE_LOOKED_AT && !isAscii(bytes)) {
						if (isUtf8(bytes)) {
							return StandardCharsets.UTF_8;
						}
						nonAscii = true;
					}
					if (b == -1) {
						return nonAscii ? SHIFT_JIS : StandardCharsets.UTF_8;
					}
					line.reset();
				}
				else if (line.size() <= LONGEST_LINE_LOOKED_AT) {
					line.write(b);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the file", e);
		}
	}

	/**
	 * The length of a UTF-8 byte-order mark at the start of a file's bytes, or 0: a
	 * reader skips it, as it is not part of the first column's name.
	 * @param start the file's first bytes (any number)
	 * @return 3 or 0
	 */
	public static int byteOrderMark(byte[] start) {
		return start.length >= 3 && (start[0] & 0xFF) == 0xEF && (start[1] & 0xFF) == 0xBB && (start[2] & 0xFF) == 0xBF
				? 3 : 0;
	}

	/**
	 * A name staff recognise.
	 * @param charset UTF-8 or {@link #SHIFT_JIS}
	 * @return "Shift_JIS" or the charset's name
	 */
	public static String label(Charset charset) {
		return charset.equals(SHIFT_JIS) ? "Shift_JIS" : charset.name();
	}

	private static boolean isAscii(byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean isUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException notUtf8) {
			return false;
		}
	}

}

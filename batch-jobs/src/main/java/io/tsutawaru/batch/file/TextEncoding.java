package io.tsutawaru.batch.file;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Which encoding a staff member's file is in: UTF-8 (with or without a byte-order mark) or Shift_JIS as Excel
 * writes it (windows-31j). Decoding is strict, so a broken byte sequence is reported on its line instead of being
 * imported as garbage.
 */
public final class TextEncoding {

	/** Excel's "CSV" on a Japanese Windows: Shift_JIS with Microsoft's extensions (①, ～, NEC specials). */
	public static final Charset SHIFT_JIS = Charset.forName("windows-31j");

	private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

	private TextEncoding() {
	}

	/**
	 * Detects the encoding. A file whose non-ASCII lines are valid UTF-8, or that has a byte-order mark, is UTF-8
	 * (its broken lines are then rejected one by one). Only a file in which no line is UTF-8 is read as Shift_JIS,
	 * because Shift_JIS accepts almost any bytes and would otherwise hide broken UTF-8.
	 */
	public static Charset detect(Path file, int maxLineBytes) {
		if (startsWithBom(file)) {
			return StandardCharsets.UTF_8;
		}
		boolean utf8Seen = false;
		try (LineSource lines = new LineSource(file, 0, 0, maxLineBytes)) {
			for (PhysicalLine line = lines.next(); line != null; line = lines.next()) {
				if (!isAscii(line.bytes())) {
					if (decode(line.bytes(), StandardCharsets.UTF_8).isPresent()) {
						utf8Seen = true;
						break;
					}
				}
			}
		}
		return utf8Seen ? StandardCharsets.UTF_8 : anyNonAscii(file, maxLineBytes) ? SHIFT_JIS : StandardCharsets.UTF_8;
	}

	/** Where the text starts: after a UTF-8 byte-order mark, or at 0. */
	public static long textStart(Path file) {
		return startsWithBom(file) ? BOM.length : 0;
	}

	/** The line's text, or empty when its bytes are not valid in the charset. */
	static Optional<String> decode(byte[] bytes, Charset charset) {
		try {
			return Optional.of(charset.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString());
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

	/** A name staff recognise. */
	static String label(Charset charset) {
		return charset.equals(SHIFT_JIS) ? "Shift_JIS" : charset.name();
	}

	private static boolean anyNonAscii(Path file, int maxLineBytes) {
		try (LineSource lines = new LineSource(file, 0, 0, maxLineBytes)) {
			for (PhysicalLine line = lines.next(); line != null; line = lines.next()) {
				if (!isAscii(line.bytes())) {
					return true;
				}
			}
			return false;
		}
	}

	private static boolean isAscii(byte[] bytes) {
		for (byte b : bytes) {
			if (b < 0) {
				return false;
			}
		}
		return true;
	}

	private static boolean startsWithBom(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			return Arrays.equals(in.readNBytes(BOM.length), BOM);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

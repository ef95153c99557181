package io.tsutawaru.kb.transfer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text file from staff: UTF-8 with or without a byte-order mark, otherwise Shift_JIS as Windows and
 * Excel write it (windows-31j, which adds ①, ㈱ and the NEC/IBM kanji to plain Shift_JIS).
 */
final class TextEncoding {

    /** What Excel on Japanese Windows calls Shift_JIS. */
    static final Charset EXCEL_SHIFT_JIS = Charset.forName("windows-31j");

    private TextEncoding() {
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        try {
            // Japanese Shift_JIS text is almost never valid UTF-8, so a strict decode tells the two apart.
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, EXCEL_SHIFT_JIS);
        }
    }
}

package io.tsutawaru.notifier.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * The text of a mail that differs per resident (their own answer links), after headers
 * rendered once per batch. Encoded here in base64, as Jakarta Mail would, without a MIME
 * message per resident: that cost more than sending (see {@link NoticeMails}).
 */
final class ResidentText {

	private static final byte[] CRLF = { '\r', '\n' };

	/** 76 characters a line, as MIME asks (RFC 2045, 6.8). */
	private static final Base64.Encoder BASE64 = Base64.getMimeEncoder(76, CRLF);

	private final String before;

	private final AnswerLinkLines own;

	private final String after;

	ResidentText(String before, AnswerLinkLines own, String after) {
		this.before = before;
		this.own = own;
		this.after = after;
	}

	/**
	 * The headers of a rendered message, with the empty line that ends them.
	 * @throws IllegalStateException when its text is not in base64, which the text
	 * written here is
	 */
	static byte[] headersOf(byte[] message) {
		int end = indexOf(message, new byte[] { '\r', '\n', '\r', '\n' });
		byte[] headers = Arrays.copyOf(message, end + 4);
		if (!new String(headers, StandardCharsets.US_ASCII).contains("Content-Transfer-Encoding: base64")) {
			throw new IllegalStateException("The mail's text must be encoded in base64");
		}
		return headers;
	}

	/** The headers followed by this resident's text. */
	byte[] after(byte[] headers, long subscriberId) {
		String text = (before + own.of(subscriberId) + after).replace("\r\n", "\n").replace("\n", "\r\n");
		byte[] encoded = BASE64.encode(text.getBytes(StandardCharsets.UTF_8));
		var content = new ByteArrayOutputStream(headers.length + encoded.length + 2);
		content.writeBytes(headers);
		content.writeBytes(encoded);
		content.writeBytes(CRLF);
		return content.toByteArray();
	}

	private static int indexOf(byte[] bytes, byte[] wanted) {
		for (int i = 0; i + wanted.length <= bytes.length; i++) {
			if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
				return i;
			}
		}
		throw new IllegalStateException("A rendered mail has no end of its headers");
	}

}

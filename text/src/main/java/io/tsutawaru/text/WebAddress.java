package io.tsutawaru.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * A link staff give residents (a notice's "more information", an FAQ answer's page): an
 * absolute {@code http} or {@code https} address with a host. Anything else,
 * {@code javascript:} and {@code data:} first, would run or show something other than a
 * page when a resident follows it on the website, in a mail or in LINE.
 */
public final class WebAddress {

	/**
	 * Longer addresses are not typed by people; the columns that keep them are this wide.
	 */
	public static final int MAX_LENGTH = 2_000;

	private WebAddress() {
	}

	/**
	 * Whether the text is such an address, exactly as written (no surrounding spaces).
	 */
	public static boolean isWebAddress(String text) {
		if (text == null || text.isEmpty() || text.length() > MAX_LENGTH) {
			return false;
		}
		try {
			URI uri = new URI(text);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}

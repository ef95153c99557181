package io.tsutawaru.bot.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * LINE's webhook signature: the Base64 of the HMAC-SHA256 of the raw body, keyed with the
 * channel secret, compared in constant time. The same computation as the SDK's
 * {@code LineSignatureValidator} (the tests sign with that one), written here because the
 * SDK's parser jar is only on the app's test class path, not in the runnable jar.
 */
final class WebhookSignature {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	WebhookSignature(String channelSecret) {
		this.key = new SecretKeySpec(channelSecret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
	}

	/**
	 * Whether the header value is the signature of these exact bytes; anything unreadable
	 * is simply not.
	 */
	boolean matches(byte[] body, String signature) {
		byte[] claimed;
		try {
			claimed = Base64.getDecoder().decode(signature.strip());
		}
		catch (IllegalArgumentException notBase64) {
			return false;
		}
		return MessageDigest.isEqual(sign(body), claimed);
	}

	private byte[] sign(byte[] body) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return mac.doFinal(body);
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException("HmacSHA256 is part of every JDK", ex);
		}
	}

}

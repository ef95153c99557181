package io.tsutawaru.notifier.safety;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.PublicLinks;
import io.tsutawaru.notifier.SafetyAnswer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The signed one-click links of the e-mail (issue 18): one per resident, notice and
 * answer, answering without signing in. A link's token names its notice, resident and
 * answer and carries their HMAC-SHA256 under the service's key, so whoever holds a link
 * can give that one answer for that one resident, and nothing else: changing any part
 * breaks the signature. The {@code v1.} prefix lets a later format live beside this one.
 * <p>
 * Tokens are credentials: they are never logged, and the page that reads them tells
 * nobody why one was refused.
 */
@Component
public class AnswerLinks {

	/** Longer than any token this class makes; anything longer is not read at all. */
	public static final int MAX_TOKEN_LENGTH = 120;

	private static final String ALGORITHM = "HmacSHA256";

	private static final Pattern V1 = Pattern
		.compile("v1\\.([1-9][0-9]{0,18})\\.([1-9][0-9]{0,18})\\.(ack|safe|help)\\.([A-Za-z0-9_-]{43})");

	private final SecretKeySpec key;

	private final PublicLinks links;

	@Autowired
	AnswerLinks(NotifierProperties properties, PublicLinks links) {
		this(AnswerLinkKey.of(properties.answerLinks()), links);
	}

	AnswerLinks(byte[] key, PublicLinks links) {
		this.key = new SecretKeySpec(key, ALGORITHM);
		this.links = links;
	}

	/** The token of one resident's answer to a notice. */
	public String token(long noticeId, long subscriberId, SafetyAnswer answer) {
		String named = "v1." + noticeId + "." + subscriberId + "." + answer.id();
		return named + "." + new String(encoded(signature(named)), StandardCharsets.US_ASCII);
	}

	/**
	 * The absolute link of the answer page for the token, in the resident's language
	 * (null or {@code ja}: Japanese).
	 */
	public URI link(long noticeId, long subscriberId, SafetyAnswer answer, String language) {
		String path = "/answers/" + token(noticeId, subscriberId, answer);
		return links.to(language == null || "ja".equals(language) ? path : path + "?lang=" + language);
	}

	/**
	 * What a token answers, when this service signed it; empty for anything else
	 * (altered, truncated, another format, too long), all alike.
	 */
	public Optional<Answer> read(String token) {
		if (token == null || token.length() > MAX_TOKEN_LENGTH) {
			return Optional.empty();
		}
		Matcher parts = V1.matcher(token);
		if (!parts.matches()) {
			return Optional.empty();
		}
		String named = token.substring(0, token.lastIndexOf('.'));
		// Compared in constant time: how long the comparison takes tells nothing about
		// how much of a forged signature was right. Compared as text, so a signature
		// written another way (the unused bits of its last character set) is refused too.
		if (!MessageDigest.isEqual(encoded(signature(named)), parts.group(4).getBytes(StandardCharsets.US_ASCII))) {
			return Optional.empty();
		}
		// Signed, so the numbers are ones this service wrote: each fits a long.
		return Optional.of(new Answer(Long.parseLong(parts.group(1)), Long.parseLong(parts.group(2)),
				SafetyAnswer.of(parts.group(3))));
	}

	private static byte[] encoded(byte[] signature) {
		return Base64.getUrlEncoder().withoutPadding().encode(signature);
	}

	private byte[] signature(String named) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			return mac.doFinal(named.getBytes(StandardCharsets.US_ASCII));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

	/**
	 * The answer a valid token gives.
	 *
	 * @param noticeId the notice
	 * @param subscriberId the resident
	 * @param answer what they answer
	 */
	public record Answer(long noticeId, long subscriberId, SafetyAnswer answer) {
	}

}

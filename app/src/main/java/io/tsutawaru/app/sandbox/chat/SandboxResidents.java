package io.tsutawaru.app.sandbox.chat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Sandbox residents are named on the chat page; each name maps to a stable LINE-shaped
 * user id.
 */
final class SandboxResidents {

	private SandboxResidents() {
	}

	/** "U" and 32 hexadecimal digits, the shape of a real LINE user id. */
	static String userIdOf(String name) {
		try {
			byte[] digest = MessageDigest.getInstance("MD5").digest(name.strip().getBytes(StandardCharsets.UTF_8));
			return "U" + HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is required of every JVM", ex);
		}
	}

}

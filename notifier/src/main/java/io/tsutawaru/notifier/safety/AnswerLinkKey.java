package io.tsutawaru.notifier.safety;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

import io.tsutawaru.notifier.NotifierProperties;

/**
 * The key of the answer links: the configured secret, else one generated once and kept in
 * a file only the service's user may read, so that the links in mails already sent still
 * answer after a restart.
 */
final class AnswerLinkKey {

	/** HMAC-SHA256's own block of output: a shorter key would be the weak part. */
	static final int MIN_LENGTH = 32;

	private AnswerLinkKey() {
	}

	/** The key's bytes, generating and keeping one when none is configured. */
	static byte[] of(NotifierProperties.AnswerLinks settings) {
		if (!settings.secret().isEmpty()) {
			if (settings.secret().length() < MIN_LENGTH) {
				throw new IllegalStateException("ANSWER_LINK_SECRET (tsutawaru.notifier.answer-links.secret) must be "
						+ "at least " + MIN_LENGTH + " characters long");
			}
			return settings.secret().getBytes(StandardCharsets.UTF_8);
		}
		try {
			return kept(settings.secretFile());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The answer links' key file " + settings.secretFile()
					+ " could not be read or created; set ANSWER_LINK_SECRET instead", ex);
		}
	}

	private static byte[] kept(Path file) throws IOException {
		if (Files.exists(file)) {
			return read(file);
		}
		Path folder = file.toAbsolutePath().getParent();
		Files.createDirectories(folder);
		byte[] key = new byte[MIN_LENGTH];
		new SecureRandom().nextBytes(key);
		// Written in full under another name and then linked into place: a second process
		// starting at the same moment reads either no file or the whole key, and the
		// link,
		// unlike a move, fails rather than replace a key another process already uses.
		Path written = ownerOnly(folder);
		try {
			Files.writeString(written, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
			Files.createLink(file, written);
			return key;
		}
		catch (FileAlreadyExistsException ex) {
			return read(file);
		}
		catch (UnsupportedOperationException ex) {
			Files.move(written, file);
			return key;
		}
		finally {
			Files.deleteIfExists(written);
		}
	}

	private static Path ownerOnly(Path folder) throws IOException {
		if (folder.getFileSystem().supportedFileAttributeViews().contains("posix")) {
			return Files.createTempFile(folder, ".answer-link-secret", ".tmp",
					PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		return Files.createTempFile(folder, ".answer-link-secret", ".tmp");
	}

	private static byte[] read(Path file) throws IOException {
		byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
		if (key.length < MIN_LENGTH) {
			throw new IOException("the key in it is shorter than " + MIN_LENGTH + " bytes");
		}
		return key;
	}

}

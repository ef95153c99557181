package io.tsutawaru.bot.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import io.tsutawaru.bot.BotProperties;
import io.tsutawaru.bot.line.MessageContents;

import org.springframework.stereotype.Component;

/**
 * Stores report photos under {@code tsutawaru.bot.report-photo-dir}. The file name is
 * generated, never taken from the resident; the type is read from the first bytes, never
 * from what the sender claimed; and a name is resolved only if it stays inside the
 * folder.
 */
@Component
class ReportPhotos {

	/** An image type we accept, known by its first bytes. */
	enum ImageType {

		JPEG("image/jpeg", "jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }),
		PNG("image/png", "png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' }),
		WEBP("image/webp", "webp", new byte[] { 'R', 'I', 'F', 'F' });

		final String contentType;

		final String extension;

		private final byte[] magic;

		ImageType(String contentType, String extension, byte[] magic) {
			this.contentType = contentType;
			this.extension = extension;
			this.magic = magic;
		}

		static Optional<ImageType> of(byte[] bytes) {
			return Arrays.stream(values()).filter(type -> type.matches(bytes)).findFirst();
		}

		private boolean matches(byte[] bytes) {
			if (bytes.length < 12 || !Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length)) {
				return false;
			}
			// RIFF is a container for many things; only a WEBP inside is an image.
			return this != WEBP || Arrays.equals(bytes, 8, 12, new byte[] { 'W', 'E', 'B', 'P' }, 0, 4);
		}

	}

	/** A photo as stored. */
	record StoredPhoto(String fileName, String contentType) {
	}

	/** Why a photo was not stored; the resident is asked for another one. */
	static class PhotoRejectedException extends RuntimeException {

		final boolean tooLarge;

		PhotoRejectedException(String reason, boolean tooLarge) {
			super(reason);
			this.tooLarge = tooLarge;
		}

	}

	private final MessageContents contents;

	private final Path directory;

	private final long maxBytes;

	ReportPhotos(MessageContents contents, BotProperties properties) {
		this.contents = contents;
		this.directory = properties.reportPhotoDir().toAbsolutePath().normalize();
		this.maxBytes = properties.reportPhotoMaxSize().toBytes();
	}

	/** Fetches a photo a resident sent from LINE and stores it. */
	StoredPhoto fetchAndStore(String messageId) {
		byte[] bytes;
		try {
			bytes = contents.fetch(messageId, maxBytes);
		}
		catch (io.tsutawaru.bot.line.ContentUnavailableException ex) {
			throw new PhotoRejectedException(ex.getMessage(), ex.tooLarge());
		}
		ImageType type = ImageType.of(bytes).orElseThrow(() -> new PhotoRejectedException("not an image", false));
		String fileName = UUID.randomUUID() + "." + type.extension;
		try {
			Files.createDirectories(directory);
			Path temporary = Files.createTempFile(directory, "upload-", ".part");
			Files.write(temporary, bytes);
			Files.move(temporary, directory.resolve(fileName), StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not store a report photo in " + directory, ex);
		}
		return new StoredPhoto(fileName, type.contentType);
	}

	/**
	 * The bytes of a stored photo, or empty when the file is gone or the name leads
	 * outside the folder.
	 */
	Optional<byte[]> read(String fileName) {
		Path file = directory.resolve(fileName).normalize();
		if (!file.getParent().equals(directory) || !Files.isRegularFile(file)) {
			return Optional.empty();
		}
		try {
			return Optional.of(Files.readAllBytes(file));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read report photo " + fileName, ex);
		}
	}

}

package io.tsutawaru.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Files the tests import, written under target/ so a failing run leaves them to look at.
 */
public final class TestFiles {

	private TestFiles() {
	}

	public static Path write(String name, String content, Charset charset) {
		return write(name, content.getBytes(charset));
	}

	public static Path write(String name, byte[] content) {
		try {
			Path dir = Files.createDirectories(Path.of("target", "test-files"));
			Path file = Files.createTempFile(dir, name + "-", ".csv");
			Files.write(file, content);
			return file.toAbsolutePath();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

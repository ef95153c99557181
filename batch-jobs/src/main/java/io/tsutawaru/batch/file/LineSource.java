package io.tsutawaru.batch.file;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a file line by line as bytes, from any byte offset, never holding more than {@code maxLineBytes} of a line:
 * a 1 MB line is counted and skipped, not loaded. Splitting on the {@code \n} byte is safe for UTF-8 and Shift_JIS,
 * whose multi-byte characters never contain it.
 */
final class LineSource implements AutoCloseable {

	private final InputStream in;

	private final int maxLineBytes;

	private long offset;

	private long lineNumber;

	LineSource(Path file, long offset, long linesBefore, int maxLineBytes) {
		try {
			this.in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
			in.skipNBytes(offset);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.offset = offset;
		this.lineNumber = linesBefore;
		this.maxLineBytes = maxLineBytes;
	}

	/** The next line, or {@code null} at the end of the file. */
	PhysicalLine next() {
		try {
			ByteArrayOutputStream line = new ByteArrayOutputStream(256);
			long length = 0;
			int b;
			while ((b = in.read()) != -1 && b != '\n') {
				length++;
				if (length <= maxLineBytes) {
					line.write(b);
				}
			}
			if (b == -1 && length == 0) {
				return null;
			}
			offset += length + (b == '\n' ? 1 : 0);
			lineNumber++;
			if (length > maxLineBytes) {
				return new PhysicalLine(lineNumber, new byte[0], true, offset);
			}
			byte[] bytes = line.toByteArray();
			if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
				bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
			}
			return new PhysicalLine(lineNumber, bytes, false, offset);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		try {
			in.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

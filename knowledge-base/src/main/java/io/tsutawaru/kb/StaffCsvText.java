package io.tsutawaru.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Map;
import java.util.TreeMap;

/**
 * The decoded text of a staff file as {@link StaffCsvReader}'s parser sees it, made safe
 * to parse without holding more than a bounded amount of it: a byte-order mark is
 * dropped; broken bytes become U+FFFD and their line is noted; a physical line longer
 * than the limit is cut and noted; a row still open after about four lines' worth ends
 * the text early (the parser then reports its quote as never closed); and a last line
 * without a line end gets one, so every row ends with a line end the parser counts. The
 * problems are noted beside the text, not in it, since a real U+FFFD or U+FFFF may well
 * be in a file.
 */
final class StaffCsvText extends Reader {

	/** What was wrong with a line. */
	enum Problem {

		TOO_LONG, BROKEN

	}

	private final InputStream in;

	private final CharsetDecoder decoder;

	private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();

	private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();

	private final int maxLineChars;

	private final long maxRowChars;

	private final TreeMap<Long, Problem> problems = new TreeMap<>();

	private boolean inputEnded;

	private boolean started;

	private boolean ended;

	private boolean cutting;

	private int lineChars;

	private long rowChars;

	private long line = 1;

	private int last = -1;

	StaffCsvText(InputStream in, Charset charset, int maxLineChars) {
		this.in = in;
		this.decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		this.maxLineChars = maxLineChars;
		// Four lines' worth, as an answer with paragraphs may run over several; plus what
		// the parser reads ahead.
		this.maxRowChars = 4L * maxLineChars + (1 << 14);
	}

	/** The parser has returned a row: the next one starts counting from here. */
	void rowEnded() {
		rowChars = 0;
	}

	/**
	 * The first problem noted on the lines from {@code first} to {@code last}, and
	 * forgets the problems up to {@code last}: they belong to rows already returned.
	 */
	Problem problem(long first, long last) {
		Map<Long, Problem> found = problems.subMap(first, true, last, true);
		Problem problem = found.containsValue(Problem.TOO_LONG) ? Problem.TOO_LONG
				: found.isEmpty() ? null : Problem.BROKEN;
		problems.headMap(last, true).clear();
		return problem;
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		int n = 0;
		while (n < length) {
			int c = next();
			if (c == -1) {
				break;
			}
			buffer[offset + n++] = (char) c;
		}
		return n == 0 && length > 0 ? -1 : n;
	}

	private int next() throws IOException {
		while (true) {
			if (rowChars > maxRowChars) {
				return -1;
			}
			int c = decoded();
			if (!started) {
				started = true;
				if (c == '\uFEFF') {
					continue;
				}
			}
			if (c == -1) {
				if (ended || last == -1 || last == '\n' || last == '\r') {
					return -1;
				}
				ended = true;
				c = '\n';
			}
			if (c == '\n' && last != '\r' || c == '\r') {
				line++;
			}
			if (c == '\n' || c == '\r') {
				lineChars = 0;
				cutting = false;
			}
			else if (cutting) {
				continue;
			}
			else if (++lineChars > maxLineChars) {
				cutting = true;
				problems.put(line, Problem.TOO_LONG);
				continue;
			}
			last = c;
			rowChars++;
			return c;
		}
	}

	/**
	 * The next decoded character, or -1 at the end; broken bytes give U+FFFD and note
	 * their line.
	 */
	private int decoded() throws IOException {
		while (!chars.hasRemaining()) {
			if (inputEnded && !bytes.hasRemaining()) {
				return -1;
			}
			if (!inputEnded) {
				bytes.compact();
				int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
				if (read == -1) {
					inputEnded = true;
				}
				else {
					bytes.position(bytes.position() + read);
				}
				bytes.flip();
			}
			chars.clear();
			CoderResult result = decoder.decode(bytes, chars, inputEnded);
			if (result.isError()) {
				bytes.position(bytes.position() + result.length());
				chars.put('\uFFFD');
				problems.putIfAbsent(line + linesIn(chars), Problem.BROKEN);
			}
			else if (inputEnded && !bytes.hasRemaining()) {
				decoder.flush(chars);
			}
			chars.flip();
		}
		return chars.get();
	}

	/**
	 * Line ends among the characters decoded but not yet handed out, for placing a
	 * problem on its line.
	 */
	private long linesIn(CharBuffer decoded) {
		long ends = 0;
		int previous = last;
		for (int i = 0; i < decoded.position(); i++) {
			char c = decoded.get(i);
			if (c == '\n' && previous != '\r' || c == '\r') {
				ends++;
			}
			previous = c;
		}
		return ends;
	}

	@Override
	public void close() throws IOException {
		in.close();
	}

}

package io.tsutawaru.batch.file;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns an import expects, and where the file's header put them. Staff's spreadsheets name columns in
 * Japanese or English and in any order, so each column has aliases; a file without a required column is rejected
 * before anything is written.
 */
public final class CsvColumns {

	private final Map<String, Integer> positions;

	private final List<String> ignored;

	private final int width;

	private final String headerText;

	private CsvColumns(Map<String, Integer> positions, List<String> ignored, int width, String headerText) {
		this.positions = positions;
		this.ignored = ignored;
		this.width = width;
		this.headerText = headerText;
	}

	/**
	 * Reads the file's header and places the columns.
	 *
	 * @param aliases  each column's canonical name with the header names that mean it (case and spaces ignored)
	 * @param required the canonical names the file must have
	 * @throws FileRejectedException when the header is unreadable or lacks a required column
	 */
	public static CsvColumns read(Path file, Charset charset, int maxLineBytes, Map<String, Set<String>> aliases,
			Set<String> required) {
		PhysicalLine header;
		try (LineSource lines = new LineSource(file, TextEncoding.textStart(file), 0, maxLineBytes)) {
			header = lines.next();
		}
		if (header == null) {
			throw new FileRejectedException(0, "the file is empty; the first line must name the columns");
		}
		if (header.tooLong()) {
			throw new FileRejectedException(1, "the header line is longer than " + maxLineBytes + " bytes");
		}
		String text = TextEncoding.decode(header.bytes(), charset)
			.orElseThrow(() -> new FileRejectedException(1, "the header is not valid " + TextEncoding.label(charset)));
		if (!(CsvFields.split(1, text) instanceof CsvRecord.Parsed parsed)) {
			throw new FileRejectedException(1, "the header has a quote in the wrong place");
		}
		return place(parsed.fields(), aliases, required, text);
	}

	static CsvColumns place(List<String> names, Map<String, Set<String>> aliases, Set<String> required, String text) {
		Map<String, Integer> positions = new HashMap<>();
		List<String> ignored = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			String found = normalise(names.get(i));
			String canonical = aliases.entrySet()
				.stream()
				.filter(e -> normalise(e.getKey()).equals(found) || e.getValue().stream().map(CsvColumns::normalise).anyMatch(found::equals))
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse(null);
			if (canonical == null) {
				ignored.add(names.get(i));
			}
			else if (positions.putIfAbsent(canonical, i) != null) {
				throw new FileRejectedException(1, "the column '" + canonical + "' appears twice in the header");
			}
		}
		List<String> missing = required.stream().filter(name -> !positions.containsKey(name)).sorted().toList();
		if (!missing.isEmpty()) {
			throw new FileRejectedException(1, "the header lacks the column(s) " + String.join(", ", missing)
					+ "; it names: " + String.join(", ", names));
		}
		return new CsvColumns(Map.copyOf(positions), List.copyOf(ignored), names.size(), text);
	}

	/** The value of a column in a record, stripped; empty when the column is absent or blank. */
	public String value(CsvRecord.Parsed record, String column) {
		Integer position = positions.get(column);
		if (position == null || position >= record.fields().size()) {
			return "";
		}
		return record.fields().get(position).strip();
	}

	/** How many fields a record must have: as many as the header. */
	public int width() {
		return width;
	}

	/** The header line as it is in the file, decoded. */
	public String headerText() {
		return headerText;
	}

	/** Header names that matched no known column; their values are not imported. */
	public List<String> ignored() {
		return ignored;
	}

	private static String normalise(String name) {
		return name.replace("\uFEFF", "").replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
	}

}

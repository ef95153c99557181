package io.tsutawaru.batch.file;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.tsutawaru.kb.StaffCsvReader;
import io.tsutawaru.kb.StaffCsvRow;

/**
 * The columns an import expects, and where the file's header put them. Staff's
 * spreadsheets name columns in Japanese or English and in any order, so each column has
 * aliases; a file without a required column is rejected before anything is written.
 */
public final class CsvColumns {

	private final Map<String, Integer> positions;

	private final List<String> ignored;

	private final List<String> names;

	private CsvColumns(Map<String, Integer> positions, List<String> ignored, List<String> names) {
		this.positions = positions;
		this.ignored = ignored;
		this.names = names;
	}

	/**
	 * Reads the file's header and places the columns.
	 * @param aliases each column's canonical name with the header names that mean it
	 * (case and spaces ignored)
	 * @param required the canonical names the file must have
	 * @throws FileRejectedException when the header is unreadable or lacks a required
	 * column
	 */
	public static CsvColumns read(Path file, Charset charset, int maxLineBytes, Map<String, Set<String>> aliases,
			Set<String> required) {
		StaffCsvRow header;
		try (StaffCsvReader rows = StaffCsvReader.open(file, charset, 0, maxLineBytes)) {
			header = rows.next();
		}
		return switch (header) {
			case null -> throw new FileRejectedException(0, "the file is empty; the first line must name the columns");
			case StaffCsvRow.Malformed bad ->
				throw new FileRejectedException(1, "the header cannot be read: " + bad.reason());
			case StaffCsvRow.Fields names -> place(names.fields(), aliases, required);
		};
	}

	static CsvColumns place(List<String> names, Map<String, Set<String>> aliases, Set<String> required) {
		Map<String, Integer> positions = new HashMap<>();
		List<String> ignored = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			String found = normalise(names.get(i));
			String canonical = aliases.entrySet()
				.stream()
				.filter(e -> normalise(e.getKey()).equals(found)
						|| e.getValue().stream().map(CsvColumns::normalise).anyMatch(found::equals))
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
		return new CsvColumns(Map.copyOf(positions), List.copyOf(ignored), List.copyOf(names));
	}

	/**
	 * The value of a column in a record, stripped; empty when the column is absent or
	 * blank.
	 */
	public String value(StaffCsvRow.Fields record, String column) {
		Integer position = positions.get(column);
		if (position == null || position >= record.fields().size()) {
			return "";
		}
		return record.fields().get(position).strip();
	}

	/** How many fields a record must have: as many as the header. */
	public int width() {
		return names.size();
	}

	/** The header's names as they are in the file. */
	public List<String> names() {
		return names;
	}

	/** Header names that matched no known column; their values are not imported. */
	public List<String> ignored() {
		return ignored;
	}

	private static String normalise(String name) {
		return name.replace("\uFEFF", "").replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
	}

}

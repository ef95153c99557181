package io.tsutawaru.kb;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/**
 * How staff keep the FAQ correct: edit entries one by one, or import and export them in
 * bulk.
 *
 * <p>
 * The database is the source of truth; every change reaches search within about a second.
 */
public interface FaqEditor {

	/**
	 * Creates or replaces the entry with the same id; {@code updatedAt} is set to now.
	 * @param entry the entry; id, question, answer and language are required
	 * @return the entry as stored
	 * @throws InvalidFaqEntryException when a required field is missing or a value is not
	 * allowed
	 */
	FaqEntry save(FaqEntry entry);

	/**
	 * The entry as stored: the database, which a save has reached when it returns (the
	 * search index follows it within about a second).
	 * @param id the entry's id
	 * @return the entry, or empty when there is none
	 */
	Optional<FaqEntry> find(String id);

	/**
	 * Removes an entry.
	 * @param id the entry's id
	 * @throws FaqEntryNotFoundException when there is no entry with that id
	 */
	void delete(String id);

	/**
	 * Lists every entry, published or not, ordered by id.
	 * @return all entries
	 */
	List<FaqEntry> list();

	/**
	 * Imports a CSV file with a header row, upserting by id. UTF-8 (with or without a
	 * byte-order mark) and Shift_JIS (as Excel writes it) are recognised. Columns:
	 * {@code id, question, alternatives, answer,
	 * category, department, phone, hours, url, language, published}; alternatives are
	 * separated by {@code |}. A bad row is reported and skipped; the good rows are kept.
	 * @param csv the file's bytes; not closed
	 * @return what was imported and which rows were rejected, with their line numbers
	 */
	ImportReport importCsv(InputStream csv);

	/**
	 * Imports rows already read with {@link StaffCsvReader} under the file's header,
	 * upserting by id, exactly as {@link #importCsv} imports the rows of a whole file:
	 * the import job hands the knowledge base one chunk at a time this way.
	 * @param header the file's first row
	 * @param rows rows of the file; a {@link StaffCsvRow.Malformed} one is reported as
	 * rejected
	 * @return what was imported and which rows were rejected, with their line numbers in
	 * the file
	 */
	ImportReport importCsvRows(List<String> header, List<StaffCsvRow> rows);

	/**
	 * Imports JSON, upserting by id: an array of entries as {@link #exportJson} writes
	 * them, or an object {@code {"<id>": "Question: …\nAnswer: …"}} (the LocalgovFAQ
	 * format, whose 「＜改＞」 markers are cleaned).
	 * @param json the document's bytes (UTF-8); not closed
	 * @return what was imported and which records were rejected, with their positions
	 */
	ImportReport importJson(InputStream json);

	/**
	 * Writes every entry as CSV (UTF-8 with a byte-order mark, so Excel opens it
	 * correctly) in the columns {@link #importCsv} reads.
	 * @param out where to write; not closed
	 */
	void exportCsv(OutputStream out);

	/**
	 * Writes every entry as a JSON array that {@link #importJson} reads back.
	 * @param out where to write; not closed
	 */
	void exportJson(OutputStream out);

}

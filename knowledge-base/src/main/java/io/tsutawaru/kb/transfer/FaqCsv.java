package io.tsutawaru.kb.transfer;

import io.tsutawaru.kb.Contact;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.text.CsvCell;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * FAQ entries as CSV with a header row, the way department staff keep them in Excel. Columns: {@code id, question,
 * alternatives, answer, category, department, phone, hours, url, language, published}; alternatives separated by
 * {@code |}. Only id, question and answer are required columns.
 */
public final class FaqCsv {

    static final List<String> COLUMNS = List.of("id", "question", "alternatives", "answer", "category",
            "department", "phone", "hours", "url", "language", "published");
    private static final Set<String> REQUIRED = Set.of("id", "question", "answer");
    private static final String ALTERNATIVE_SEPARATOR = "|";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private FaqCsv() {
    }

    /**
     * Reads a CSV file; see {@link TextEncoding} for the encodings recognised.
     *
     * @param csv the bytes; not closed
     * @return the rows read and the rows rejected, with line numbers (the header is line 1)
     */
    public static ParsedEntries read(InputStream csv) {
        String text;
        try {
            text = TextEncoding.decode(csv.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the CSV file", e);
        }
        // Empty lines are kept as records so that the line numbers of the rows after them stay exact.
        var format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                return ParsedEntries.failed(1, "the file is empty; the first line must name the columns");
            }
            Map<String, Integer> header = header(records.next());
            var missing = REQUIRED.stream().filter(column -> !header.containsKey(column)).sorted().toList();
            if (!missing.isEmpty()) {
                return ParsedEntries.failed(1, "the header lacks the column(s) " + String.join(", ", missing)
                        + "; expected " + String.join(",", COLUMNS));
            }
            return rows(parser, records, header);
        } catch (IOException | UncheckedIOException e) {
            return ParsedEntries.failed(1, "the file is not valid CSV: " + reason(e));
        }
    }

    /**
     * The parser's own words for staff; the wrapper's message would carry the Java class name of its cause
     * ("java.io.IOException: ..."), which means nothing to the person who uploaded the file.
     */
    private static String reason(Exception e) {
        Throwable cause = e.getCause() instanceof IOException io ? io : e;
        return cause.getMessage();
    }

    private static ParsedEntries rows(CSVParser parser, java.util.Iterator<CSVRecord> records,
                                      Map<String, Integer> header) {
        var rows = new ParsedEntries.Builder();
        long line = parser.getCurrentLineNumber() + 1;
        while (true) {
            CSVRecord record;
            try {
                if (!records.hasNext()) {
                    break;
                }
                record = records.next();
            } catch (UncheckedIOException | IllegalStateException e) {
                // A broken quote swallows the rest of the file; what came before it is kept.
                rows.reject(line, "the row is not valid CSV (check the quotes): " + reason(e));
                break;
            }
            if (!isBlank(record)) {
                try {
                    rows.add(line, entry(record, header));
                } catch (FieldValues.BadValueException e) {
                    rows.reject(line, e.getMessage());
                }
            }
            line = parser.getCurrentLineNumber() + 1;
        }
        return rows.build();
    }

    private static Map<String, Integer> header(CSVRecord record) {
        var header = new TreeMap<String, Integer>();
        for (int i = 0; i < record.size(); i++) {
            header.putIfAbsent(record.get(i).replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT), i);
        }
        return header;
    }

    private static boolean isBlank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    private static FaqEntry entry(CSVRecord record, Map<String, Integer> header) {
        String phone = FieldValues.text(cell(record, header, "phone"));
        String hours = FieldValues.text(cell(record, header, "hours"));
        return new FaqEntry(FieldValues.text(cell(record, header, "id")),
                FieldValues.text(cell(record, header, "question")),
                alternatives(cell(record, header, "alternatives")),
                FieldValues.text(cell(record, header, "answer")),
                FieldValues.text(cell(record, header, "category")),
                FieldValues.text(cell(record, header, "department")),
                phone == null && hours == null ? null : new Contact(phone, hours),
                FieldValues.url(cell(record, header, "url")),
                FieldValues.language(cell(record, header, "language")), Instant.EPOCH,
                FieldValues.published(cell(record, header, "published")));
    }

    private static String cell(CSVRecord record, Map<String, Integer> header, String column) {
        Integer index = header.get(column);
        return index == null || index >= record.size() ? null : CsvCell.restored(record.get(index));
    }

    private static List<String> alternatives(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\" + ALTERNATIVE_SEPARATOR)).map(String::strip)
                .filter(text -> !text.isEmpty()).toList();
    }

    /**
     * Writes entries as UTF-8 CSV with a byte-order mark, which Excel needs to open UTF-8 correctly. Every cell a
     * spreadsheet would read as a formula is quoted ({@link CsvCell}); {@link #read} takes the quote away again.
     *
     * @param entries the entries
     * @param out     where to write; flushed, not closed
     */
    public static void write(List<FaqEntry> entries, OutputStream out) {
        try {
            out.write(UTF8_BOM);
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            var printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
            printer.printRecord(COLUMNS);
            for (FaqEntry entry : entries) {
                Contact contact = entry.contact() == null ? new Contact(null, null) : entry.contact();
                printer.printRecord(Stream.of(entry.id(), entry.question(),
                        String.join(ALTERNATIVE_SEPARATOR, entry.alternatives()), entry.answer(), entry.category(),
                        entry.department(), contact.phone(), contact.hours(),
                        entry.url() == null ? null : entry.url().toString(), entry.language(),
                        String.valueOf(entry.published())).map(CsvCell::neutralised));
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the CSV export", e);
        }
    }
}

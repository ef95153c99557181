package io.tsutawaru.kb.editing;

import io.tsutawaru.kb.FaqEditor;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.FaqEntryNotFoundException;
import io.tsutawaru.kb.ImportReport;
import io.tsutawaru.kb.InvalidFaqEntryException;
import io.tsutawaru.kb.StaffCsvRow;
import io.tsutawaru.kb.search.FaqIndex;
import io.tsutawaru.kb.store.FaqStore;
import io.tsutawaru.kb.transfer.FaqCsv;
import io.tsutawaru.kb.transfer.FaqJson;
import io.tsutawaru.kb.transfer.ParsedEntries;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies staff's changes to the database, then to the index: once a method returns,
 * search sees the change.
 */
public final class FaqEditing implements FaqEditor {

	private static final Logger log = LoggerFactory.getLogger(FaqEditing.class);

	private final FaqStore store;

	private final FaqIndex index;

	private final Clock clock;

	/**
	 * @param store the entries in the database
	 * @param index the search index that follows them
	 * @param clock the time entries are stamped with
	 */
	public FaqEditing(FaqStore store, FaqIndex index, Clock clock) {
		this.store = store;
		this.index = index;
		this.clock = clock;
	}

	@Override
	public FaqEntry save(FaqEntry entry) {
		EntryRules.check(entry);
		FaqEntry stamped = stamped(entry, now());
		store.upsertAll(List.of(stamped), null);
		index.upsertAll(List.of(stamped), store.fingerprint());
		return stamped;
	}

	@Override
	public Optional<FaqEntry> find(String id) {
		return store.find(id);
	}

	@Override
	public void delete(String id) {
		if (!store.delete(id)) {
			throw new FaqEntryNotFoundException(id);
		}
		index.delete(id, store.fingerprint());
	}

	@Override
	public List<FaqEntry> list() {
		return store.list();
	}

	@Override
	public ImportReport importCsv(InputStream csv) {
		return importRows(FaqCsv.read(csv), "CSV");
	}

	@Override
	public ImportReport importCsvRows(List<String> header, List<StaffCsvRow> rows) {
		return importRows(FaqCsv.rows(header, rows), "CSV");
	}

	@Override
	public ImportReport importJson(InputStream json) {
		return importRows(FaqJson.read(json), "JSON");
	}

	/**
	 * Stores parsed entries that pass the rules. The last row with an id wins, as it
	 * would if the rows were saved one after the other.
	 * @param parsed the rows of a file
	 * @param source the third-party data they come from, or {@code null}
	 * @return what was stored and what was rejected
	 */
	public ImportReport importEntries(ParsedEntries parsed, String source) {
		var rejected = new ArrayList<>(parsed.rejected());
		var valid = new LinkedHashMap<String, FaqEntry>();
		Instant now = now();
		for (ParsedEntries.Row row : parsed.entries()) {
			try {
				FaqEntry entry = ImportedText.cleaned(row.entry());
				EntryRules.check(entry);
				valid.remove(entry.id());
				valid.put(entry.id(), stamped(entry, now));
			}
			catch (InvalidFaqEntryException e) {
				rejected.add(new ImportReport.RejectedRow(row.line(), e.getMessage()));
			}
		}
		var entries = List.copyOf(valid.values());
		if (!entries.isEmpty()) {
			store.upsertAll(entries, source);
			index.upsertAll(entries, store.fingerprint());
		}
		rejected.sort(Comparator.comparingLong(ImportReport.RejectedRow::line));
		return new ImportReport(entries.size(), rejected);
	}

	private ImportReport importRows(ParsedEntries parsed, String format) {
		ImportReport report = importEntries(parsed, null);
		log.info("FAQ {} import: {} entries stored, {} rows rejected", format, report.imported(),
				report.rejected().size());
		return report;
	}

	@Override
	public void exportCsv(OutputStream out) {
		FaqCsv.write(store.list(), out);
	}

	@Override
	public void exportJson(OutputStream out) {
		FaqJson.write(store.list(), out);
	}

	private Instant now() {
		// The database keeps microseconds; truncating here makes the returned entry equal
		// the stored one.
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	private static FaqEntry stamped(FaqEntry e, Instant at) {
		return new FaqEntry(e.id(), e.question().strip(), e.alternatives(), e.answer().strip(), e.category(),
				e.department(), e.contact(), e.url(), e.language(), at, e.published());
	}

}

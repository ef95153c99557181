package io.tsutawaru.app.console;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import io.tsutawaru.app.audit.AuditFilter;
import io.tsutawaru.app.audit.StaffActions;
import io.tsutawaru.text.CsvCell;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Staff actions as CSV (UTF-8 with a byte-order mark, so Excel opens it as such), times
 * on the city's clock; every text cell through {@link CsvCell}, since user names typed at
 * a refused sign-in are whatever someone typed.
 */
final class AuditCsv {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private final Writer out;

	private final ZoneId city;

	AuditCsv(Writer out, ZoneId city) {
		this.out = out;
		this.city = city;
	}

	void write(StaffActions actions, AuditFilter filter) throws IOException {
		out.write('\uFEFF');
		CSVPrinter csv = new CSVPrinter(out, CSVFormat.DEFAULT);
		csv.printRecord("at", "username", "action", "path", "status", "subjects");
		try {
			actions.each(filter, action -> {
				try {
					csv.printRecord(TIME.format(action.at().atZone(city)), CsvCell.neutralised(action.username()),
							CsvCell.neutralised(action.action()), CsvCell.neutralised(action.path()), action.status(),
							CsvCell.neutralised(action.subjects()));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		csv.flush();
	}

}

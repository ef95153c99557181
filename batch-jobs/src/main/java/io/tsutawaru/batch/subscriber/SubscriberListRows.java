package io.tsutawaru.batch.subscriber;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import io.tsutawaru.batch.file.CsvColumns;
import io.tsutawaru.batch.file.RowOutcome;
import io.tsutawaru.kb.StaffCsvRow;
import io.tsutawaru.notifier.AttributeCatalog;
import io.tsutawaru.notifier.SubscriberImport.ListedSubscriber;

import org.springframework.batch.infrastructure.item.ItemProcessor;

/** Checks one record of a subscriber list against the city's attribute values. */
class SubscriberListRows implements ItemProcessor<StaffCsvRow, RowOutcome<ListedSubscriber>> {

	private static final Set<String> YES = Set.of("true", "yes", "y", "1", "済", "済み", "確認済", "確認済み", "はい", "○", "◯");

	private static final Set<String> NO = Set.of("", "false", "no", "n", "0", "未", "未確認", "いいえ", "×");

	private final CsvColumns columns;

	private final AttributeCatalog catalog;

	SubscriberListRows(CsvColumns columns, AttributeCatalog catalog) {
		this.columns = columns;
		this.catalog = catalog;
	}

	@Override
	public RowOutcome<ListedSubscriber> process(StaffCsvRow record) {
		return switch (record) {
			case StaffCsvRow.Malformed bad -> new RowOutcome.Rejected<>(bad.line(), bad.reason());
			case StaffCsvRow.Fields row -> check(row);
		};
	}

	private RowOutcome<ListedSubscriber> check(StaffCsvRow.Fields row) {
		if (row.fields().size() != columns.width()) {
			return rejected(row, "the row has " + row.fields().size() + " fields, the header has " + columns.width());
		}
		String email = columns.value(row, "email");
		var emailProblem = ImportedEmail.problem(email);
		if (emailProblem.isPresent()) {
			return rejected(row, emailProblem.get());
		}
		String area = columns.value(row, "area");
		String ageBand = columns.value(row, "age_band");
		String language = columns.value(row, "language").toLowerCase(Locale.ROOT);
		Set<String> interests = Arrays.stream(columns.value(row, "interests").split("[|、,;／/]"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.collect(Collectors.toCollection(LinkedHashSet::new));
		String confirmed = columns.value(row, "confirmed").toLowerCase(Locale.ROOT);
		String unknown = firstUnknown(area, catalog.areas(), "area")
				+ firstUnknown(ageBand, catalog.ageBands(), "age band")
				+ firstUnknown(language, catalog.languages(), "language");
		for (String interest : interests) {
			unknown += firstUnknown(interest, catalog.interests(), "interest");
		}
		if (!unknown.isEmpty()) {
			return rejected(row, unknown.strip());
		}
		if (!YES.contains(confirmed) && !NO.contains(confirmed)) {
			return rejected(row, "'confirmed' must be yes or no (true/false, 1/0, 済/未)");
		}
		return new RowOutcome.Accepted<>(row.line(), new ListedSubscriber(email, blankToNull(area),
				blankToNull(ageBand), blankToNull(language), interests, YES.contains(confirmed)));
	}

	private static String firstUnknown(String value, List<String> allowed, String what) {
		if (value.isEmpty() || allowed.contains(value)) {
			return "";
		}
		return "the " + what + " '" + value + "' is not one of " + String.join(", ", allowed) + ". ";
	}

	private static String blankToNull(String value) {
		return value.isEmpty() ? null : value;
	}

	private static RowOutcome<ListedSubscriber> rejected(StaffCsvRow.Fields row, String reason) {
		return new RowOutcome.Rejected<>(row.line(), reason);
	}

}

package io.tsutawaru.bot.report;

import java.time.Instant;
import java.util.List;

import io.tsutawaru.bot.BotProperties;
import io.tsutawaru.bot.Report;
import io.tsutawaru.bot.ReportChange;
import io.tsutawaru.bot.ReportFilter;
import io.tsutawaru.bot.ReportNotFoundException;
import io.tsutawaru.bot.ReportPage;
import io.tsutawaru.bot.ReportPhoto;
import io.tsutawaru.bot.ReportStatus;
import io.tsutawaru.bot.ReportStatusChange;
import io.tsutawaru.bot.Reports;
import io.tsutawaru.bot.UnknownDepartmentException;
import io.tsutawaru.bot.conversation.Replies;
import io.tsutawaru.bot.conversation.ResidentTexts;
import io.tsutawaru.bot.line.ResidentMessenger;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Reports in the database; a status change is pushed to the resident unless they have
 * blocked the account. Every change is written with who made it in the same transaction
 * as the change, so the history never misses one.
 */
@Service
class JdbcReports implements Reports {

	private static final int MAX_LIST = 500;

	private final ReportTable table;

	private final ReportPhotos photos;

	private final ResidentMessenger messenger;

	private final ResidentTexts texts;

	private final ReportSearch search;

	private final ReportChanges changes;

	private final BotProperties properties;

	private final TransactionOperations transactions;

	JdbcReports(ReportTable table, ReportPhotos photos, ResidentMessenger messenger, ResidentTexts texts,
			ReportSearch search, ReportChanges changes, BotProperties properties, TransactionOperations transactions) {
		this.table = table;
		this.photos = photos;
		this.messenger = messenger;
		this.texts = texts;
		this.search = search;
		this.changes = changes;
		this.properties = properties;
		this.transactions = transactions;
	}

	@Override
	public List<Report> list(ReportStatus status, int limit) {
		return table.list(status, Math.clamp(limit, 1, MAX_LIST)).stream().map(ReportTable.Row::report).toList();
	}

	@Override
	public ReportPage page(ReportFilter filter, int page, int size) {
		return search.page(filter, Math.max(0, page), Math.clamp(size, 1, MAX_LIST));
	}

	@Override
	public List<Report> located(ReportFilter filter, int limit) {
		return search.located(filter, Math.clamp(limit, 1, MAX_LIST));
	}

	@Override
	public List<ReportChange> history(String number) {
		return changes.of(row(number).id());
	}

	@Override
	public Report assign(String number, String department, String by) {
		if (department != null && !properties.reportDepartments().contains(department)) {
			throw new UnknownDepartmentException(department);
		}
		ReportTable.Row row = row(number);
		transactions.executeWithoutResult(status -> {
			table.updateDepartment(row.id(), department);
			changes.record(row.id(), new ReportChange(Instant.now(), by, null, department, null));
		});
		return row(number).report();
	}

	@Override
	public Report get(String number) {
		return row(number).report();
	}

	@Override
	public ReportPhoto photo(String number) {
		ReportTable.Row row = row(number);
		if (row.photoFile() == null) {
			throw new ReportNotFoundException(number + " (no photo)");
		}
		return photos.read(row.photoFile())
			.map(bytes -> new ReportPhoto(row.photoType(), bytes))
			.orElseThrow(() -> new ReportNotFoundException(number + " (photo file missing)"));
	}

	@Override
	public ReportStatusChange changeStatus(String number, ReportStatus status, String note, String by) {
		ReportTable.Row row = row(number);
		Instant now = Instant.now();
		String kept = note == null || note.isBlank() ? null : note.strip();
		transactions.executeWithoutResult(transaction -> {
			table.updateStatus(row.id(), status, now);
			changes.record(row.id(), new ReportChange(now, by, status, null, kept));
		});
		Report changed = row(number).report();
		String language = changed.language();
		String text = texts.text(language, "report.status-changed", number,
				texts.text(language, "report.status." + status.name()));
		if (kept != null) {
			text += "\n" + texts.text(language, "report.status-note", kept);
		}
		return new ReportStatusChange(changed, messenger.pushFromStaff(row.lineUserId(), List.of(Replies.text(text))));
	}

	private ReportTable.Row row(String number) {
		return ReportTable.id(number).flatMap(table::find).orElseThrow(() -> new ReportNotFoundException(number));
	}

}

package io.tsutawaru.bot.report;

import java.time.Instant;
import java.util.List;

import io.tsutawaru.bot.Report;
import io.tsutawaru.bot.ReportNotFoundException;
import io.tsutawaru.bot.ReportPhoto;
import io.tsutawaru.bot.ReportStatus;
import io.tsutawaru.bot.ReportStatusChange;
import io.tsutawaru.bot.Reports;
import io.tsutawaru.bot.conversation.Replies;
import io.tsutawaru.bot.conversation.ResidentTexts;
import io.tsutawaru.bot.line.ResidentMessenger;

import org.springframework.stereotype.Service;

/** Reports in the database; a status change is pushed to the resident unless they have blocked the account. */
@Service
class JdbcReports implements Reports {

	private static final int MAX_LIST = 500;

	private final ReportTable table;

	private final ReportPhotos photos;

	private final ResidentMessenger messenger;

	private final ResidentTexts texts;

	JdbcReports(ReportTable table, ReportPhotos photos, ResidentMessenger messenger, ResidentTexts texts) {
		this.table = table;
		this.photos = photos;
		this.messenger = messenger;
		this.texts = texts;
	}

	@Override
	public List<Report> list(ReportStatus status, int limit) {
		return table.list(status, Math.clamp(limit, 1, MAX_LIST)).stream().map(ReportTable.Row::report).toList();
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
	public ReportStatusChange changeStatus(String number, ReportStatus status, String note) {
		ReportTable.Row row = row(number);
		table.updateStatus(row.id(), status, Instant.now());
		Report changed = row(number).report();
		String language = changed.language();
		String text = texts.text(language, "report.status-changed", number,
				texts.text(language, "report.status." + status.name()));
		if (note != null && !note.isBlank()) {
			text += "\n" + texts.text(language, "report.status-note", note.strip());
		}
		return new ReportStatusChange(changed, messenger.pushFromStaff(row.lineUserId(), List.of(Replies.text(text))));
	}

	private ReportTable.Row row(String number) {
		return ReportTable.id(number).flatMap(table::find).orElseThrow(() -> new ReportNotFoundException(number));
	}

}

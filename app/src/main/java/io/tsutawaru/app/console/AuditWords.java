package io.tsutawaru.app.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.tsutawaru.app.audit.StaffAction;
import io.tsutawaru.notifier.AuditEntry;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The audit log in the reader's language. The notifier and the audit filter record
 * actions as stable words ({@code created}, {@code POST /console/approvals/12},
 * {@code handoff:3}) that stay readable in old rows and in exports; this puts them into
 * words for the pages ({@code ${@auditWords.action(entry)}}), in the city's time.
 */
@Component("auditWords")
public class AuditWords {

	/**
	 * How the notifier writes a new notice's detail:
	 * {@code INFO ACTUAL to [WEBSITE, LINE]}.
	 */
	private static final Pattern CREATED = Pattern.compile("(\\w+) (\\w+) to \\[([\\w, ]*)]");

	private static final Pattern REVISION = Pattern.compile("revision (\\d+)");

	private final MessageSource messages;

	private final ZoneId city;

	AuditWords(MessageSource messages, java.time.Clock clock) {
		this.messages = messages;
		this.city = clock.getZone();
	}

	/** What was done to a notice: 「作成」 for {@code created}. */
	public String action(AuditEntry entry) {
		return text("audit.entry." + entry.action(), entry.action());
	}

	/**
	 * The entry's detail in words; what staff wrote (a title, a reason, a comment) as
	 * they wrote it.
	 */
	public String detail(AuditEntry entry) {
		String detail = entry.detail();
		if (detail == null) {
			return "";
		}
		Matcher created = CREATED.matcher(detail);
		if (entry.action().equals("created") && created.matches()) {
			String channels = Arrays.stream(created.group(3).split(",\\s*"))
				.filter(c -> !c.isBlank())
				.map(c -> text("channel." + c.toLowerCase(Locale.ROOT), c))
				.collect(Collectors.joining("・"));
			return message("audit.detail.created", text("severity." + created.group(1), created.group(1)),
					text("status." + created.group(2), created.group(2)), channels);
		}
		Matcher revision = REVISION.matcher(detail);
		if (revision.matches()) {
			return message("audit.detail.revision", revision.group(1));
		}
		if (entry.action().equals("scheduled")) {
			return scheduled(detail);
		}
		if (detail.startsWith("follow-up: ")) {
			return message("audit.detail.followUp", detail.substring("follow-up: ".length()));
		}
		if (detail.startsWith("updated: ")) {
			return message("audit.detail.updated", detail.substring("updated: ".length()));
		}
		if (detail.equals("changed after approval")) {
			return message("audit.detail.changedAfterApproval");
		}
		return detail;
	}

	/**
	 * Whether the detail quotes what staff wrote (a follow-up's title, a cancellation's
	 * reason, a comment): that part is in the staff's own language, whichever language
	 * the console is in, and is marked so (translate="no").
	 */
	public boolean quotesStaff(AuditEntry entry) {
		String detail = entry.detail();
		return detail != null && !(entry.action().equals("created") && CREATED.matcher(detail).matches())
				&& !REVISION.matcher(detail).matches() && !entry.action().equals("scheduled")
				&& !detail.equals("changed after approval");
	}

	/**
	 * A change anywhere in the console or the API: 「お知らせ #12 を承認」 for
	 * {@code POST /console/approvals/12}.
	 */
	public String staffAction(StaffAction action) {
		Wording wording = StaffActionWords.of(action);
		Object[] args = wording.args();
		if (wording.key().equals("audit.do.job")) {
			args = new Object[] { text("jobs." + args[0] + ".title", String.valueOf(args[0])) };
		}
		return message(wording.key(), args);
	}

	/**
	 * The records a reading showed: 「職員対応 #3、通報 R-000007 の写真」 for
	 * {@code handoff:3,report-photo:R-000007}.
	 */
	public String subjects(StaffAction reading) {
		if (reading.subjects() == null) {
			return "";
		}
		return Arrays.stream(reading.subjects().split(",")).map(subject -> {
			int colon = subject.indexOf(':');
			return colon < 0 ? subject : text("audit.subject." + subject.substring(0, colon),
					subject.substring(0, colon), subject.substring(colon + 1));
		}).collect(Collectors.joining(message("audit.subject.separator")));
	}

	private String scheduled(String detail) {
		if (detail.equals("now")) {
			return message("audit.detail.scheduledNow");
		}
		try {
			String at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(Instant.parse(detail).atZone(city));
			return message("audit.detail.scheduledAt", at);
		}
		catch (DateTimeParseException ex) {
			return detail;
		}
	}

	private String text(String key, String fallback, Object... args) {
		return messages.getMessage(key, args, fallback, LocaleContextHolder.getLocale());
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}

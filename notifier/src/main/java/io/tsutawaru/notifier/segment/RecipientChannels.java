package io.tsutawaru.notifier.segment;

import java.util.Set;

import io.tsutawaru.notifier.Channel;

/**
 * On which channels a selected resident gets a notice that goes to these channels: LINE
 * while following the account; e-mail when the notice goes by e-mail, or when it goes on
 * LINE and the resident cannot get LINE (blocked the account) but confirmed an address.
 * Written once, for the delivery plan (per resident) and, as SQL, for the head-count
 * staff confirm before sending, so that the two cannot disagree.
 */
public record RecipientChannels(Set<Channel> channels) {

	static final String LINE = "(s.active AND s.line_user_id IS NOT NULL)";

	static final String EMAIL = "(s.email_confirmed AND s.email IS NOT NULL)";

	public RecipientChannels {
		channels = Set.copyOf(channels);
	}

	/**
	 * Whether the resident gets it on LINE (the recipient carries a LINE user id only
	 * while following).
	 */
	public boolean line(Recipient resident) {
		return channels.contains(Channel.LINE) && resident.lineUserId() != null;
	}

	/**
	 * Whether the resident gets it by e-mail (the recipient carries an address only once
	 * confirmed).
	 */
	public boolean email(Recipient resident) {
		return resident.email() != null && (channels.contains(Channel.EMAIL)
				|| channels.contains(Channel.LINE) && resident.lineUserId() == null);
	}

	/** {@link #line} as a condition over {@code subscribers s}. */
	String lineSql() {
		return channels.contains(Channel.LINE) ? LINE : "FALSE";
	}

	/** {@link #email} as a condition over {@code subscribers s}. */
	String emailSql() {
		if (channels.contains(Channel.EMAIL)) {
			return EMAIL;
		}
		return channels.contains(Channel.LINE) ? "(" + EMAIL + " AND NOT " + LINE + ")" : "FALSE";
	}

}

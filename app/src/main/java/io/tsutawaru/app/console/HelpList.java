package io.tsutawaru.app.console;

import java.util.List;
import java.util.Locale;

import io.tsutawaru.notifier.HelpRequest;

import org.springframework.context.MessageSource;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The follow-up page's list of residents who need help, as its stream sends it (issue
 * 18): every text already in the staff member's language and the city's time, so the
 * page's script only places it. Sent whenever the list changes (a new request, a location
 * or note shared, a request marked handled by anyone), told apart by its
 * {@link #version}.
 *
 * @param version what the page holds after this list, given back when the stream is
 * opened again, so an unchanged list is neither sent nor recorded as read again
 * @param rows the requests, newest first
 */
record HelpList(String version, List<Row> rows) {

	/**
	 * One request as the page shows it.
	 *
	 * @param subscriber the resident's number
	 * @param resident 住民 #12
	 * @param area the area's name, or the words for none
	 * @param channel where they answered
	 * @param answeredAt when, on the city's clock
	 * @param map a map link to where they are, or null
	 * @param note what they wrote, or null
	 * @param handled 対応済み（who）, or null while open
	 * @param markHandled where the page posts 対応済みにする, or null once handled
	 */
	record Row(long subscriber, String resident, String area, String channel, String answeredAt, String map,
			String note, String handled, String markHandled) {
	}

	/**
	 * What a page holds: a digest of everything the list shows, the same in every
	 * process.
	 */
	static String version(List<HelpRequest> help) {
		return Integer.toHexString(help.hashCode()) + "-" + help.size();
	}

	static HelpList of(long noticeId, List<HelpRequest> help, MessageSource messages, Locale locale, CityTime time,
			String contextPath) {
		List<Row> rows = help.stream()
			.map(h -> new Row(h.subscriberId(),
					messages.getMessage("emergency.help.resident", new Object[] { h.subscriberId() }, locale),
					h.area() == null ? messages.getMessage("emergency.headcount.noArea", null, locale) : h.area(),
					messages.getMessage("channel." + h.channel(), null, h.channel(), locale),
					time.format(h.answeredAt(), "M/d HH:mm"), map(h), h.note(),
					h.handled()
							? messages.getMessage("emergency.help.handledBy", new Object[] { h.handledBy() }, locale)
							: null,
					h.handled() ? null
							: contextPath + "/console/emergency/" + noticeId + "/help/" + h.subscriberId()
									+ "/handled"))
			.toList();
		return new HelpList(version(help), rows);
	}

	/** The same link the page draws (OpenStreetMap with a marker). */
	private static String map(HelpRequest help) {
		if (help.latitude() == null || help.longitude() == null) {
			return null;
		}
		return UriComponentsBuilder.fromUriString("https://www.openstreetmap.org/")
			.queryParam("mlat", help.latitude())
			.queryParam("mlon", help.longitude())
			.toUriString();
	}

}

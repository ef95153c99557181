package io.tsutawaru.notifier;

import java.util.Locale;

/**
 * Where a notice goes. Each has its own class behind one interface, its own retry policy
 * and rate limit.
 */
public enum Channel {

	/** LINE multicast or broadcast. */
	LINE,
	/** One mail per resident over SMTP. */
	EMAIL,
	/** The public page, Atom feed and banner on the service's own website. */
	WEBSITE,
	/** A CAP 1.2 document and the CAP Atom feed read by aggregators. */
	CAP,
	/** L-Alert (公共情報コモンズ) through its commons EDXL gateway. */
	LALERT,
	/** The disaster administrative radio's text-to-speech gateway. */
	RADIO;

	/** The lower-case name used in JSON and URLs. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The channel named by a lower- or upper-case id. */
	public static Channel of(String id) {
		return valueOf(id.strip().toUpperCase(Locale.ROOT));
	}

}

package io.tsutawaru.app.sandbox.jma;

import io.tsutawaru.jma.TelegramHeader;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the sandbox needs to know of a telegram posted to it: that it is a JMA report, its
 * {@code Control/Title} for the feed entry, and which feed JMA would put it on. Reading
 * what it says is the service's job, through the feed, exactly as for JMA's own
 * telegrams.
 */
record PostedTelegram(String title, String feed) {

	static PostedTelegram read(byte[] xml) {
		if (xml == null || xml.length == 0) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The body must be one telegram's XML");
		}
		try {
			TelegramHeader header = TelegramHeader.read(xml);
			String title = header.title();
			return new PostedTelegram(title.length() > 200 ? title.substring(0, 200) : title, header.pullFeed());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
	}

}

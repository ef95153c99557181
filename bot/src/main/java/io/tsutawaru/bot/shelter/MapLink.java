package io.tsutawaru.bot.shelter;

import java.util.Locale;

/**
 * A link that opens a map app at a place: a Google Maps search URL, which LINE's in-app
 * browser and every phone open without an account, and which the map app on the phone
 * takes over to show the way from where the resident is.
 */
final class MapLink {

	private MapLink() {
	}

	static String to(double latitude, double longitude) {
		return String.format(Locale.ROOT, "https://www.google.com/maps/search/?api=1&query=%.6f,%.6f", latitude,
				longitude);
	}

}

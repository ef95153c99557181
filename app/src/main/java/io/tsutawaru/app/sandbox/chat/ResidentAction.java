package io.tsutawaru.app.sandbox.chat;

/**
 * What a person did on the chat page, as the page posts it.
 *
 * @param name the resident's name on the page; the LINE user id is derived from it
 * @param type follow, unfollow, text, postback, location or sticker
 * @param text the text of a text message, or the label shown for a postback
 * @param data a postback's data
 */
record ResidentAction(String name, String type, String text, String data, Double latitude, Double longitude,
		String address) {
}

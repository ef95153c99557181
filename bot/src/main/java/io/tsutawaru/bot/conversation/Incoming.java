package io.tsutawaru.bot.conversation;

/** What a resident did, reduced to what conversations care about. */
public sealed interface Incoming {

	/** The resident's LINE user id. */
	String userId();

	/** The resident added the account as a friend (or unblocked it). */
	record Followed(String userId) implements Incoming {
	}

	/** The resident blocked the account. */
	record Unfollowed(String userId) implements Incoming {
	}

	/** The resident typed something. */
	record Text(String userId, String text) implements Incoming {
	}

	/** The resident tapped a button the bot offered; see {@link PostbackData}. */
	record Postback(String userId, PostbackData data) implements Incoming {
	}

	/** The resident sent a photo; its bytes are fetched from LINE by message id. */
	record Image(String userId, String messageId) implements Incoming {
	}

	/** The resident shared a location. */
	record Location(String userId, double latitude, double longitude, String address) implements Incoming {
	}

	/** A sticker, video, audio, file or a kind of message LINE added later. */
	record Unsupported(String userId, String kind) implements Incoming {
	}

}

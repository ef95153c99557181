package io.tsutawaru.bot.line;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.linecorp.bot.client.base.BlobContent;
import com.linecorp.bot.client.base.Result;
import io.tsutawaru.bot.BotProperties;
import io.tsutawaru.infrastructure.line.LineClients;

import org.springframework.stereotype.Component;

/**
 * Fetches what residents send (photos of reports) from LINE's content API, never more
 * than a size limit.
 */
@Component
public class MessageContents {

	private final LineClients line;

	private final BotProperties properties;

	MessageContents(LineClients line, BotProperties properties) {
		this.line = line;
		this.properties = properties;
	}

	/**
	 * The bytes of a message's content.
	 * @throws ContentUnavailableException when LINE has no such content, cannot be
	 * reached in time, or the content is larger than {@code maxBytes}
	 */
	public byte[] fetch(String messageId, long maxBytes) {
		var call = line.blob().getMessageContent(messageId);
		try {
			Result<BlobContent> result = call.get(properties.lineCallTimeout().toMillis(), TimeUnit.MILLISECONDS);
			try (InputStream body = result.body().byteStream()) {
				// Read one byte past the limit: that is how we know it was exceeded
				// without trusting headers.
				byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
				if (bytes.length > maxBytes) {
					throw new ContentUnavailableException("content larger than " + maxBytes + " bytes", true, null);
				}
				return bytes;
			}
		}
		catch (ExecutionException | IOException ex) {
			throw new ContentUnavailableException("content could not be fetched", false, ex);
		}
		catch (TimeoutException ex) {
			call.cancel(true);
			throw new ContentUnavailableException("content not fetched in time", false, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ContentUnavailableException("interrupted", false, ex);
		}
	}

}

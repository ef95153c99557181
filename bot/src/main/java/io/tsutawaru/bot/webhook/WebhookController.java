package io.tsutawaru.bot.webhook;

import java.io.IOException;
import java.io.InputStream;

import io.tsutawaru.bot.BotProperties;
import io.tsutawaru.bot.webhook.WebhookRejectedException.Reason;
import io.tsutawaru.infrastructure.line.LineProperties;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /line/webhook}: checks what LINE sent and queues its events, answering
 * within milliseconds; the events are handled afterwards by {@link EventWorkers}. The raw
 * body is read here, not bound by Spring, because the signature is computed over the
 * exact bytes.
 */
@RestController
class WebhookController {

	private static final String SIGNATURE_HEADER = "X-Line-Signature";

	private final WebhookSignature signature;

	private final EventCodec codec;

	private final EventQueue queue;

	private final long maxBody;

	private final WebhookMeters meters;

	WebhookController(LineProperties line, BotProperties properties, EventCodec codec, EventQueue queue,
			WebhookMeters meters) {
		this.meters = meters;
		if (line.channelSecret() == null || line.channelSecret().isBlank()) {
			throw new IllegalStateException("tsutawaru.line.channel-secret (LINE_CHANNEL_SECRET) is not set");
		}
		this.signature = new WebhookSignature(line.channelSecret());
		this.codec = codec;
		this.queue = queue;
		this.maxBody = properties.webhook().maxBody().toBytes();
	}

	@PostMapping("/line/webhook")
	ResponseEntity<Void> receive(HttpServletRequest request,
			@RequestHeader(name = SIGNATURE_HEADER, required = false) String signed) throws IOException {
		long start = System.nanoTime();
		boolean queued = false;
		try {
			queue(request, signed);
			queued = true;
			return ResponseEntity.ok().build();
		}
		finally {
			meters.acknowledged(start, queued);
		}
	}

	/** Checks the call and queues its events; throws what is wrong with it. */
	private void queue(HttpServletRequest request, String signed) throws IOException {
		requireJson(request.getContentType());
		byte[] body = read(request);
		if (signed == null || signed.isBlank()) {
			throw new WebhookRejectedException(Reason.MISSING_SIGNATURE, "The X-Line-Signature header is missing");
		}
		if (!signature.matches(body, signed)) {
			throw new WebhookRejectedException(Reason.INVALID_SIGNATURE,
					"X-Line-Signature does not match the body and the channel secret");
		}
		queue.add(codec.split(body));
	}

	private static void requireJson(String contentType) {
		try {
			if (contentType != null && MediaType.APPLICATION_JSON.includes(MediaType.parseMediaType(contentType))) {
				return;
			}
		}
		catch (IllegalArgumentException unreadable) {
			// falls through to the rejection below
		}
		throw new WebhookRejectedException(Reason.NOT_JSON, "Content-Type was " + contentType);
	}

	private byte[] read(HttpServletRequest request) throws IOException {
		if (request.getContentLengthLong() > maxBody) {
			throw new WebhookRejectedException(Reason.TOO_LARGE, "The body is larger than " + maxBody + " bytes");
		}
		try (InputStream in = request.getInputStream()) {
			// One byte past the limit tells a chunked body that is too large from one
			// that just fits.
			byte[] body = in.readNBytes((int) maxBody + 1);
			if (body.length > maxBody) {
				throw new WebhookRejectedException(Reason.TOO_LARGE, "The body is larger than " + maxBody + " bytes");
			}
			return body;
		}
	}

}

package io.tsutawaru.app.reliability.input;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * Posts the generated calls to {@code /line/webhook} over HTTP, a few at a time as LINE's
 * servers do, and returns the status of each; {@link #CONNECTION_FAILED} when the
 * connection failed instead of answering.
 */
final class WebhookCaller {

	/**
	 * The "status" of a call whose connection failed or was closed before an answer was
	 * read.
	 */
	static final int CONNECTION_FAILED = -1;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final URI webhook;

	private final int concurrency;

	WebhookCaller(int port, int concurrency) {
		this.webhook = URI.create("http://127.0.0.1:" + port + "/line/webhook");
		this.concurrency = concurrency;
	}

	int[] send(List<FuzzCase> cases) {
		int[] statuses = new int[cases.size()];
		Semaphore slots = new Semaphore(concurrency);
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (FuzzCase fuzz : cases) {
				slots.acquireUninterruptibly();
				threads.execute(() -> {
					try {
						statuses[fuzz.number()] = status(fuzz);
					}
					finally {
						slots.release();
					}
				});
			}
		}
		return statuses;
	}

	private int status(FuzzCase fuzz) {
		var request = HttpRequest.newBuilder(webhook)
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofByteArray(fuzz.body()));
		if (fuzz.contentType() != null) {
			request.header("Content-Type", fuzz.contentType());
		}
		if (fuzz.signature() != null) {
			request.header("X-Line-Signature", fuzz.signature());
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return CONNECTION_FAILED;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return CONNECTION_FAILED;
		}
	}

}

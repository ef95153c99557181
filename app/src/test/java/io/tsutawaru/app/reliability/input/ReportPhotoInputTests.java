package io.tsutawaru.app.reliability.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.tsutawaru.app.ServiceTest;
import io.tsutawaru.bot.BotProperties;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Photos of a resident's report (issue 8, bad input), sent through the sandbox chat as
 * the LINE app would upload them: files that are no image whatever their name and type
 * say, crafted file names ({@code ../../x}, a NUL, a name of thousands of characters), an
 * image that claims a gigantic size, and an upload over the limit. The bot asks again for
 * what is not a photo; what it keeps is stored under a name of its own inside the photo
 * folder, and nothing is written anywhere else.
 */
class ReportPhotoInputTests extends ServiceTest {

	private static final String RESIDENT = "photo-fuzz";

	private static final byte[] PNG_HEADER = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I',
			'H', 'D', 'R' };

	@LocalServerPort
	int port;

	@Autowired
	TestRestTemplate http;

	@Autowired
	BotProperties bot;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void photosThatAreNotImagesAreRefusedAndCraftedNamesNeverLeaveThePhotoFolder() throws Exception {
		Path folder = bot.reportPhotoDir().toAbsolutePath().normalize();
		List<Path> earlier = photosIn(folder);
		act("{\"name\":\"" + RESIDENT + "\",\"type\":\"follow\"}");
		act("{\"name\":\"" + RESIDENT + "\",\"type\":\"postback\",\"data\":\"c=reg&a=language&v=ja\"}");
		act("{\"name\":\"" + RESIDENT + "\",\"type\":\"text\",\"text\":\"通報\"}");
		long seq = awaitBotSays(0, "通報の種類");
		act("{\"name\":\"" + RESIDENT + "\",\"type\":\"postback\",\"data\":\"c=rep&a=category&v=road\"}");
		seq = awaitBotSays(seq, "写真を送ってください");

		// Not images, whatever their names and declared types claim.
		for (var upload : List.of(new Upload("../../x.jpg", "image/jpeg", utf8("just text, not a JPEG")),
				new Upload("photo.png", "image/png",
						utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")),
				new Upload("..\\..\\evil.webp", "image/webp", utf8("RIFF....WAVEfmt ")),
				new Upload("x.html", "text/html", utf8("<html><script>alert(1)</script></html>")))) {
			assertThat(upload(upload)).as(upload.name()).isEqualTo(200);
			seq = awaitBotSays(seq, "写真を受け取れませんでした");
		}
		assertThat(photosIn(folder)).as("nothing stored for files that are not images").isEqualTo(earlier);

		// Over the upload limit: refused with a clear status, not a failure.
		int tooLarge = upload(new Upload("huge.jpg", "image/jpeg", jpeg(11 * 1024 * 1024)));
		assertThat(tooLarge).isIn(400, 413);

		// A real image header under crafted names and a gigantic claimed size: stored,
		// under a name of its own.
		byte[] gigantic = png(100_000, 100_000);
		// A NUL in the name: the multipart parser refuses the whole upload, and says so
		// with a 400.
		assertThat(upload(new Upload("evil\u0000.png", "image/png", gigantic))).isEqualTo(400);
		// A name of thousands of characters overflows the part's header limit: refused as
		// a whole too.
		assertThat(upload(new Upload("x".repeat(20_000) + ".png", "image/png", gigantic))).isIn(400, 413);
		assertThat(upload(
				new Upload("../../../../tmp/tsutawaru-escape" + "x".repeat(200) + ".png", "image/png", gigantic)))
			.isEqualTo(200);
		awaitBotSays(seq, "場所を送ってください");
		List<Path> stored = photosIn(folder).stream().filter(file -> !earlier.contains(file)).toList();
		assertThat(stored).hasSize(1);
		assertThat(stored.get(0).getParent()).isEqualTo(folder);
		assertThat(stored.get(0).getFileName().toString()).matches("[0-9a-f-]{36}\\.png");
		assertThat(Files.readAllBytes(stored.get(0))).isEqualTo(gigantic);
		assertThat(Path.of("/tmp/tsutawaru-escape")).doesNotExist();
		assertThat(folder.getParent().resolve("x.jpg")).doesNotExist();
	}

	private record Upload(String name, String type, byte[] bytes) {
	}

	private void act(String json) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		Map<?, ?> answer = http.postForObject("/sandbox/chat/events", new HttpEntity<>(json, headers), Map.class);
		assertThat(answer.get("webhookStatus")).isEqualTo(200);
	}

	/**
	 * Waits for a bot message after {@code seq} containing the text; returns the newest
	 * sequence number.
	 */
	private long awaitBotSays(long after, String text) {
		long[] newest = { after };
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
			List<Map<String, Object>> messages = http
				.getForObject("/sandbox/chat/messages?name=" + RESIDENT + "&after=" + after, List.class);
			assertThat(messages)
				.anySatisfy(message -> assertThat(String.valueOf(message.get("message"))).contains(text));
			newest[0] = messages.stream()
				.mapToLong(message -> ((Number) message.get("seq")).longValue())
				.max()
				.orElse(after);
		});
		return newest[0];
	}

	/**
	 * Posts the file as multipart/form-data, written byte for byte so the crafted name
	 * reaches the server as is.
	 */
	private int upload(Upload upload) throws IOException, InterruptedException {
		String boundary = "----tsutawaru-fuzz-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(utf8(
				"--" + boundary + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\n" + RESIDENT + "\r\n"));
		body.write(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\""
				+ upload.name() + "\"\r\nContent-Type: " + upload.type() + "\r\n\r\n"));
		body.write(upload.bytes());
		body.write(utf8("\r\n--" + boundary + "--\r\n"));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/sandbox/chat/images"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build();
		return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private static List<Path> photosIn(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(Files::isRegularFile).sorted().toList();
		}
	}

	private static byte[] png(int width, int height) {
		byte[] png = java.util.Arrays.copyOf(PNG_HEADER, 64);
		java.nio.ByteBuffer.wrap(png, 16, 8).putInt(width).putInt(height);
		return png;
	}

	private static byte[] jpeg(int size) {
		byte[] jpeg = new byte[size];
		jpeg[0] = (byte) 0xFF;
		jpeg[1] = (byte) 0xD8;
		jpeg[2] = (byte) 0xFF;
		return jpeg;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}

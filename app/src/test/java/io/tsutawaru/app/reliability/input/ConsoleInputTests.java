package io.tsutawaru.app.reliability.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tsutawaru.app.ServiceTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bad input staff can give the console (issue 8): searches written in Lucene's query
 * syntax on the knowledge base's "try a question" page, and FAQ CSV uploads with broken
 * encodings, unbalanced quotes, huge lines and a crafted file name. Every one gets a page
 * (results, or the import job's run with its report of refused rows), never an error
 * page, every import run ends, and the knowledge base still answers afterwards. The CSV
 * reading itself is covered in depth by the batch tests ({@code CsvRecordReaderTests},
 * {@code FaqImportJobTests}, {@code SubscriberImportJobTests}); this checks the console's
 * upload path in front of it.
 */
class ConsoleInputTests extends ServiceTest {

	private static final Pattern IMPORT_ACTION = Pattern.compile("action=\"(/console/kb/import\\?_csrf=[^\"]+)\"");

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

	private final String editor = "Basic "
			+ Base64.getEncoder().encodeToString("editor:editor-password".getBytes(StandardCharsets.UTF_8));

	@Test
	void searchesInQuerySyntaxGetResultsNotErrors() throws Exception {
		List<String> queries = new ArrayList<>(Texts.QUERY_SYNTAX);
		// Long, but within the 8KB a request line may have (each kana is nine bytes once
		// percent-encoded).
		queries.add(Texts.huge(new Random(7), 600));
		List<String> failures = new ArrayList<>();
		for (String query : queries) {
			HttpResponse<String> page = get("/console/kb?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
			if (page.statusCode() != 200 || looksLikeAFailure(page.body())) {
				failures.add(page.statusCode() + " for " + query);
			}
		}
		assertThat(failures).isEmpty();
		assertThat(get("/console/kb?q=" + URLEncoder.encode("粗大ごみ", StandardCharsets.UTF_8)).body()).contains("粗大ごみ");
	}

	@Test
	void brokenCsvUploadsGetAReportNotAnError() throws Exception {
		String header = "id,department,question,answer\n";
		Map<String, byte[]> files = new LinkedHashMap<>();
		files.put("shift-jis.csv", (header + "fuzz-1,環境課,ごみの日は,月曜です\n").getBytes(Charset.forName("Shift_JIS")));
		files.put("invalid-utf8.csv", concat(header.getBytes(StandardCharsets.UTF_8),
				new byte[] { 'x', ',', (byte) 0xC3, (byte) 0x28, ',', (byte) 0xFF, (byte) 0xFE, ',', 'y', '\n' }));
		files.put("utf16.csv", ("\uFEFF" + header + "fuzz-2,a,b,c\n").getBytes(StandardCharsets.UTF_16LE));
		files.put("unbalanced-quotes.csv", utf8(header + "fuzz-3,\"課,\"質問\"\"\",答え\n\"fuzz-4,a,b\n"));
		files.put("nul-bytes.csv", utf8(header + "fuzz-5,\u0000課,質\u0000問,答え\u0000\n"));
		files.put("huge-line.csv", utf8(header + "fuzz-6,課,質問," + "長".repeat(2_000_000) + "\n"));
		files.put("many-columns.csv", utf8(header + "fuzz-7" + ",x".repeat(100_000) + "\n"));
		files.put("only-header.csv", utf8(header));
		files.put("no-header.csv", utf8("a,b\nc,d\n"));
		files.put("binary.csv",
				new Random(11).ints(50_000, 0, 256)
					.collect(ByteArrayOutputStream::new, (out, b) -> out.write(b),
							(a, b) -> a.writeBytes(b.toByteArray()))
					.toByteArray());
		files.put("<script>alert(1)</script>.csv", utf8(header + "fuzz-8,課,質問,答え\n"));
		List<String> failures = new ArrayList<>();
		for (var file : files.entrySet()) {
			HttpResponse<String> page = upload(file.getKey(), file.getValue());
			if (page.statusCode() != 200 || looksLikeAFailure(page.body()) || page.body().contains("<script>alert")) {
				failures.add(page.statusCode() + " for " + file.getKey() + ": "
						+ page.body().substring(0, Math.min(300, page.body().length())));
			}
		}
		assertThat(failures).isEmpty();
		// The uploads started faqImportJob (issue 19, item 3): every run ends, none is
		// left running on bad content.
		await().atMost(Duration.ofMinutes(2))
			.untilAsserted(() -> assertThat(get("/console/kb/import").body()).contains("run-COMPLETED")
				.doesNotContain("run-RUNNING"));
		// Over the upload limit (20MB): refused with 413 before anything is read, on the
		// console's own page.
		HttpResponse<String> tooLarge = upload("too-large.csv", new byte[25 * 1024 * 1024]);
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(tooLarge.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(tooLarge.body()).contains("送られた内容が大きすぎます");
		HttpResponse<String> stillAnswers = get("/console/kb?q=" + URLEncoder.encode("粗大ごみ", StandardCharsets.UTF_8));
		assertThat(stillAnswers.statusCode()).isEqualTo(200);
	}

	private static boolean looksLikeAFailure(String page) {
		return page.contains("Exception") || page.contains("Whitelabel") || page.contains("at io.tsutawaru");
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", editor)
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Opens the import page for its CSRF token (in the form's action), then posts the
	 * file as the form does.
	 */
	private HttpResponse<String> upload(String name, byte[] content) throws IOException, InterruptedException {
		Matcher action = IMPORT_ACTION.matcher(get("/console/kb/import").body());
		assertThat(action.find()).as("the import form").isTrue();
		String boundary = "----tsutawaru-csv-boundary";
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: text/csv\r\n\r\n"));
		body.write(content);
		body.write(utf8("\r\n--" + boundary + "--\r\n"));
		HttpResponse<String> sent = http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + action.group(1).replace("&amp;", "&")))
				.header("Authorization", editor)
				.header("Accept", "text/html")
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
				.build(), HttpResponse.BodyHandlers.ofString());
		// The import page answers an upload by starting the job and sending the browser
		// back to it.
		if (sent.statusCode() == 302) {
			String to = sent.headers().firstValue("Location").orElseThrow();
			return get(URI.create(to).getPath());
		}
		return sent;
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] joined = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, joined, a.length, b.length);
		return joined;
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}

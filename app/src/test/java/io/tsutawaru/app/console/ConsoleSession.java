package io.tsutawaru.app.console;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like client for the console's server-side tests: keeps the session cookie,
 * signs in through the login form and sends the CSRF token with every form it posts, as a
 * browser does. Redirects are not followed so that a test sees where the server sends the
 * browser.
 */
final class ConsoleSession {

	private static final Pattern CSRF = Pattern
		.compile("name=\"_csrf\"[^>]*content=\"([^\"]+)\"|name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http;

	/** The client address a reverse proxy would forward, or {@code null} for none. */
	private final String forwardedFor;

	ConsoleSession(int port) {
		this(port, null);
	}

	/**
	 * A browser behind a reverse proxy that forwards its address as
	 * {@code X-Forwarded-For}.
	 */
	ConsoleSession(int port, String forwardedFor) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
		this.forwardedFor = forwardedFor;
	}

	/**
	 * Signs in through the form; returns where the server redirected ({@code /console} on
	 * success).
	 */
	String signIn(String username, String password) {
		HttpResponse<String> response = post("/login", "/login", Map.of("username", username, "password", password));
		return response.headers().firstValue("Location").orElse("");
	}

	HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build());
	}

	/**
	 * Posts a form the way the page at {@code formPage} would, with that page's CSRF
	 * token.
	 */
	HttpResponse<String> post(String formPage, String path, Map<String, String> fields) {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrfTokenOf(get(formPage).body()));
		String form = withToken.entrySet()
			.stream()
			.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	/**
	 * Uploads a file the way the page at {@code formPage} would, its CSRF token in the
	 * address.
	 */
	HttpResponse<String> upload(String formPage, String path, String fileName, byte[] content) {
		String boundary = "----console-test-" + System.nanoTime();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = new byte[head.length + content.length + tail.length];
		System.arraycopy(head, 0, body, 0, head.length);
		System.arraycopy(content, 0, body, head.length, content.length);
		System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
		return send(
				HttpRequest.newBuilder(URI.create(base + path + "?_csrf=" + encode(csrfTokenOf(get(formPage).body()))))
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.header("Accept", "text/html")
					.POST(HttpRequest.BodyPublishers.ofByteArray(body))
					.build());
	}

	private static String csrfTokenOf(String page) {
		Matcher matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("The page carries no CSRF token");
		}
		return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
	}

	private HttpResponse<String> send(HttpRequest request) {
		HttpRequest sent = forwardedFor == null ? request
				: HttpRequest.newBuilder(request, (name, value) -> true)
					.header("X-Forwarded-For", forwardedFor)
					.build();
		try {
			return http.send(sent, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}

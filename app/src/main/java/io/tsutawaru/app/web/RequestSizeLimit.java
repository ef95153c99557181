package io.tsutawaru.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.tsutawaru.app.AppProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses requests larger than {@code tsutawaru.app.max-request-size} (1MB) with 413
 * before anything reads them: a 30MB notice was read whole and accepted. The REST API
 * answers with a problem detail, the console (and sign-in) with its own page. A body sent
 * without its length (chunked) is read up to the limit and no further. Uploads have their
 * own limits ({@code spring.servlet.multipart.*}), as have the LINE webhook
 * ({@code tsutawaru.bot.webhook.*}) and the sandbox's stand-ins for outside systems, so
 * those are left to them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeLimit extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(RequestSizeLimit.class);

	private final long limit;

	private final JsonMapper json;

	RequestSizeLimit(AppProperties properties, JsonMapper json) {
		this.limit = properties.app().maxRequestSize().toBytes();
		this.json = json;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
		return type.startsWith("multipart/") || path.equals("/line/webhook") || path.startsWith("/sandbox/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		if (length > limit) {
			refuse(request, response);
			return;
		}
		if (length < 0 && request.getHeader("Transfer-Encoding") != null && !isForm(request)) {
			byte[] body = readAtMost(request.getInputStream(), limit + 1);
			if (body.length > limit) {
				refuse(request, response);
				return;
			}
			chain.doFilter(new ReadBody(request, body), response);
			return;
		}
		// Forms without a length are parsed by the server itself, within its own limit
		// (maxPostSize, 2MB).
		chain.doFilter(request, response);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		log.info("Request refused: larger than {} bytes ({} {})", limit, request.getMethod(), request.getRequestURI());
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (ConsolePages.isConsole(request)) {
			// The console's own error page (templates/error.html) says what to do.
			response.sendError(HttpStatus.CONTENT_TOO_LARGE.value());
			return;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
				"The request is larger than the " + limit / 1024 + "KB the service accepts");
		problem.setTitle("Request too large");
		problem.setType(URI.create("urn:tsutawaru:request:too-large"));
		problem.setInstance(URI.create(path));
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json.writeValueAsString(problem));
	}

	private static boolean isForm(HttpServletRequest request) {
		return request.getContentType() != null && request.getContentType()
			.toLowerCase(Locale.ROOT)
			.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE);
	}

	private static byte[] readAtMost(InputStream in, long most) throws IOException {
		return in.readNBytes((int) Math.min(most, Integer.MAX_VALUE - 8));
	}

}

package io.tsutawaru.app.web;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * A multipart upload the server cannot parse (a file name with a NUL, a broken boundary)
 * is the sender's mistake: 400 with a problem detail, not the 500 it was (found by
 * {@code ReportPhotoInputTests}). Over the size limit is 413. The request is refused
 * before any controller sees it, so this applies to every upload endpoint alike; in the
 * console the answer is the console's error page.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadableUploads {

	private static final Logger log = LoggerFactory.getLogger(UnreadableUploads.class);

	@ExceptionHandler(MultipartException.class)
	ProblemDetail unreadable(MultipartException ex, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		boolean tooLarge = ex instanceof MaxUploadSizeExceededException;
		// The file name may be what was wrong; it is the sender's, so it is not logged.
		log.info("Upload refused: {}", tooLarge ? "too large" : "not readable as multipart/form-data");
		if (ConsolePages.isConsole(request)) {
			// Staff in the console see its error page, which says what to do, rather than
			// a problem in JSON.
			response.sendError(tooLarge ? HttpStatus.CONTENT_TOO_LARGE.value() : HttpStatus.BAD_REQUEST.value());
			return null;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(
				tooLarge ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST,
				tooLarge ? "The upload is larger than the server accepts"
						: "The upload could not be read: check the file name and try again");
		problem.setTitle(tooLarge ? "Upload too large" : "Unreadable upload");
		problem.setType(URI.create("urn:tsutawaru:upload:" + (tooLarge ? "too-large" : "unreadable")));
		return problem;
	}

}

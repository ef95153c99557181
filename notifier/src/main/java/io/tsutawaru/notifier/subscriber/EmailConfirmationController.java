package io.tsutawaru.notifier.subscriber;

import java.time.Clock;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public page a resident reaches from the confirmation mail. */
@RestController
class EmailConfirmationController {

	private static final String PAGE = """
			<!DOCTYPE html>
			<html lang="ja"><head><meta charset="utf-8">
			<meta name="viewport" content="width=device-width, initial-scale=1">
			<title>%1$s</title></head>
			<body><main><h1>%1$s</h1><p>%2$s</p></main></body></html>
			""";

	private final SubscriberTable table;

	EmailConfirmationController(SubscriberTable table) {
		this.table = table;
	}

	@GetMapping(path = "/subscribers/confirm", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> confirm(@RequestParam(defaultValue = "") String token) {
		if (!token.isBlank() && table.confirmEmail(token, Clock.systemUTC().instant())) {
			return ResponseEntity
				.ok(PAGE.formatted("メールアドレスを確認しました", "これからは市からのお知らせをこのアドレスにもお届けします。 Your address is confirmed."));
		}
		return ResponseEntity.status(HttpStatus.NOT_FOUND)
			.contentType(MediaType.TEXT_HTML)
			.body(PAGE.formatted("このリンクは使えません",
					"すでに確認済みか、新しいリンクが送られています。LINE からもう一度登録してください。 This link is no longer valid."));
	}

}

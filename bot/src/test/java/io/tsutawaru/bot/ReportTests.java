package io.tsutawaru.bot;

import java.time.Duration;
import java.util.UUID;

import io.tsutawaru.notifier.Subscribers;
import io.tsutawaru.text.DocumentText;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.tsutawaru.bot.WebhookEvents.body;
import static io.tsutawaru.bot.WebhookEvents.follow;
import static io.tsutawaru.bot.WebhookEvents.image;
import static io.tsutawaru.bot.WebhookEvents.location;
import static io.tsutawaru.bot.WebhookEvents.postback;
import static io.tsutawaru.bot.WebhookEvents.text;
import static io.tsutawaru.bot.WebhookEvents.unfollow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class ReportTests extends LineWebhookTestSupport {

	/**
	 * The first bytes of a PNG file and a little more: what the bot checks to accept a
	 * photo.
	 */
	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
			'R', 0, 0, 0, 1, 0, 0, 0, 1 };

	private static final String ASK_PHOTO = "写真を送ってください。写真がない場合は「写真なし」を押してください。";

	@Autowired
	Reports reports;

	@Autowired
	Subscribers subscribers;

	private static String askPhoto() {
		return textMessage(ASK_PHOTO, actionItem("camera", "カメラ"), actionItem("cameraRoll", "写真を選ぶ"),
				postbackItem("写真なし", "c=rep&a=no-photo"));
	}

	private static void serveContent(String messageId, byte[] bytes, String type) {
		line.stubFor(get("/v2/bot/message/" + messageId + "/content")
			.willReturn(aResponse().withStatus(200).withHeader("Content-Type", type).withBody(bytes)));
	}

	/** The report whose comment is this text, once it is stored. */
	private Report reportWith(String comment) {
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> reports.list(null, 50)
				.stream()
				.filter(report -> comment.equals(report.comment()))
				.findFirst()
				.orElse(null), report -> report != null);
	}

	@Test
	void takesAReportWithPhotoAndLocationAndTellsTheResidentOfProgress() {
		String photoId = "photo-" + UUID.randomUUID();
		String comment = "歩道に深い穴があります " + UUID.randomUUID();
		serveContent(photoId, PNG, "image/png");

		postWebhook(body(text(user, "start-token", "通報")));
		awaitCall(REPLY, reply("start-token",
				textMessage("通報の種類を選んでください。途中でやめるときは「やめる」と送ってください。", postbackItem("道路の損傷", "c=rep&a=category&v=road"),
						postbackItem("街灯の故障", "c=rep&a=category&v=street-light"),
						postbackItem("公園の遊具・設備", "c=rep&a=category&v=park"),
						postbackItem("不法投棄", "c=rep&a=category&v=illegal-dumping"),
						postbackItem("その他", "c=rep&a=category&v=other"))));

		postWebhook(body(postback(user, "category-token", "c=rep&a=category&v=road")));
		awaitCall(REPLY, reply("category-token", askPhoto()));

		postWebhook(body(image(user, "photo-token", photoId)));
		awaitCall(REPLY,
				reply("photo-token", textMessage("場所を送ってください（下の「位置情報」を押します）。", actionItem("location", "位置情報"))));
		line.verify(getRequestedFor(urlEqualTo("/v2/bot/message/" + photoId + "/content")));

		postWebhook(body(location(user, "location-token", 35.1815, 136.9066, "愛知県長久手市岩作城の内60-1")));
		awaitCall(REPLY, reply("location-token",
				textMessage("詳しい状況があれば入力してください。なければ「コメントなし」を押してください。", postbackItem("コメントなし", "c=rep&a=no-comment"))));

		postWebhook(body(text(user, "comment-token", comment)));
		Report report = reportWith(comment);
		awaitCall(REPLY, reply("comment-token", textMessage(
				"通報を受け付けました。ありがとうございます。\n受付番号：" + report.number() + "\n種類：道路の損傷\n対応状況が変わったら、このトークでお知らせします。")));

		assertThat(report.number()).matches("R-\\d{6,}");
		assertThat(report.category()).isEqualTo("road");
		assertThat(report.status()).isEqualTo(ReportStatus.RECEIVED);
		assertThat(report.hasPhoto()).isTrue();
		assertThat(report.latitude()).isEqualTo(35.1815);
		assertThat(report.longitude()).isEqualTo(136.9066);
		assertThat(report.address()).isEqualTo("愛知県長久手市岩作城の内60-1");
		assertThat(report.mapLink())
			.hasToString("https://www.openstreetmap.org/?mlat=35.181500&mlon=136.906600#map=18/35.181500/136.906600");
		assertThat(reports.photo(report.number())).satisfies(photo -> {
			assertThat(photo.contentType()).isEqualTo("image/png");
			assertThat(photo.bytes()).isEqualTo(PNG);
		});

		ReportStatusChange change = reports.changeStatus(report.number(), ReportStatus.IN_PROGRESS, "来週補修します。", "desk");

		assertThat(change.report().status()).isEqualTo(ReportStatus.IN_PROGRESS);
		assertThat(change.notification()).isEqualTo(new PushOutcome.Pushed("push-request"));
		awaitCall(PUSH, push(user, textMessage("受付番号 " + report.number() + " の通報は「対応中」になりました。\n担当課より：来週補修します。")));
	}

	/**
	 * Issue 15, item 8: a resident cannot fix an invisible character, so what they type
	 * (and the address LINE sends with a location) is stored without the characters no
	 * document can carry.
	 */
	@Test
	void storesWhatAResidentTypesWithoutCharactersNoDocumentCanCarry() {
		String marker = UUID.randomUUID().toString();
		postWebhook(body(text(user, "start-token", "通報")));
		postWebhook(body(postback(user, "category-token", "c=rep&a=category&v=road")));
		postWebhook(body(postback(user, "no-photo-token", "c=rep&a=no-photo")));
		postWebhook(body(location(user, "location-token", 35.0, 137.0, "長久手市\u0007岩作\uFFFE")));
		awaitCall(REPLY, reply("location-token",
				textMessage("詳しい状況があれば入力してください。なければ「コメントなし」を押してください。", postbackItem("コメントなし", "c=rep&a=no-comment"))));

		postWebhook(body(text(user, "comment-token", "=1+1 歩道に\u0000穴\u001Bが\u0085あります\uD83D " + marker)));

		Report report = await().atMost(Duration.ofSeconds(60))
			.until(() -> reports.list(null, 50)
				.stream()
				.filter(r -> r.comment() != null && r.comment().endsWith(marker))
				.findFirst()
				.orElse(null), found -> found != null);
		// Half an emoji reaches the bot as "?" (the event queue stores text as UTF-8) or,
		// cleaned here, as U+FFFD.
		assertThat(report.comment()).matches("=1\\+1 歩道に穴があります[?\uFFFD] " + marker);
		assertThat(DocumentText.firstUnfit(report.comment())).isEmpty();
		assertThat(report.address()).isEqualTo("長久手市岩作");
	}

	@Test
	void takesAReportWithoutPhotoOrComment() {
		postWebhook(body(text(user, "start-token", "通報")));
		postWebhook(body(postback(user, "category-token", "c=rep&a=category&v=street-light")));
		postWebhook(body(postback(user, "no-photo-token", "c=rep&a=no-photo")));
		awaitCall(REPLY,
				reply("no-photo-token", textMessage("場所を送ってください（下の「位置情報」を押します）。", actionItem("location", "位置情報"))));
		postWebhook(body(location(user, "location-token", 35.0, 137.0, null)));
		postWebhook(body(postback(user, "no-comment-token", "c=rep&a=no-comment")));

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(line.getAllServeEvents()).anySatisfy(
					call -> assertThat(call.getRequest().getBodyAsString()).contains("no-comment-token", "種類：街灯の故障")));
		Report report = reports.list(null, 1).get(0);
		assertThat(report.hasPhoto()).isFalse();
		assertThat(report.comment()).isNull();
		assertThatThrownBy(() -> reports.photo(report.number())).isInstanceOf(ReportNotFoundException.class);
	}

	@Test
	void asksAgainForAPhotoThatIsNotAnImage() {
		String fileId = "file-" + UUID.randomUUID();
		serveContent(fileId, "<html>not a photo</html>".getBytes(), "image/jpeg");
		postWebhook(body(text(user, "start-token", "通報")));
		postWebhook(body(postback(user, "category-token", "c=rep&a=category&v=park")));

		postWebhook(body(image(user, "bad-photo-token", fileId)));

		awaitCall(REPLY, reply("bad-photo-token", textMessage("写真を受け取れませんでした。もう一度送ってください。"), askPhoto()));
	}

	@Test
	void stopsTheReportWhenAskedTo() {
		postWebhook(body(text(user, "start-token", "通報")));
		postWebhook(body(text(user, "cancel-token", "やめる")));

		awaitCall(REPLY, reply("cancel-token", textMessage("中止しました。ご質問はいつでもどうぞ。")));
	}

	@Test
	void explainsPhotosSentOutsideAReport() {
		postWebhook(body(image(user, "stray-photo-token", "stray-" + UUID.randomUUID())));

		awaitCall(REPLY, reply("stray-photo-token", textMessage(
				"写真は、通報のときに受け付けています。通報する場合は下のボタンを押してください。（位置情報を送ると、近くの避難所をお知らせします。）", messageItem("通報する", "通報"))));
	}

	@Test
	void doesNotPushToAResidentWhoLeft() {
		String comment = "街灯が消えています " + UUID.randomUUID();
		postWebhook(body(follow(user, "follow-token")));
		postWebhook(body(text(user, "start-token", "通報")));
		postWebhook(body(postback(user, "category-token", "c=rep&a=category&v=street-light")));
		postWebhook(body(postback(user, "no-photo-token", "c=rep&a=no-photo")));
		postWebhook(body(location(user, "location-token", 35.0, 137.0, null)));
		postWebhook(body(text(user, "comment-token", comment)));
		Report report = reportWith(comment);
		postWebhook(body(unfollow(user)));
		await().atMost(Duration.ofSeconds(60))
			.until(() -> subscribers.findByLineUserId(user).map(subscriber -> !subscriber.active()).orElse(false));

		ReportStatusChange change = reports.changeStatus(report.number(), ReportStatus.RESOLVED, null, "desk");

		assertThat(change.notification()).isInstanceOf(PushOutcome.ResidentLeft.class);
		assertThat(change.report().status()).isEqualTo(ReportStatus.RESOLVED);
		assertThat(calls(PUSH)).isZero();
	}

	@Test
	void refusesUnknownReportNumbers() {
		assertThatThrownBy(() -> reports.get("R-999999999")).isInstanceOf(ReportNotFoundException.class);
		assertThatThrownBy(() -> reports.get("../etc/passwd")).isInstanceOf(ReportNotFoundException.class);
		assertThatThrownBy(() -> reports.changeStatus("nonsense", ReportStatus.RESOLVED, null, "desk"))
			.isInstanceOf(ReportNotFoundException.class);
	}

}

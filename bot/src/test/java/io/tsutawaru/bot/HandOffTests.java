package io.tsutawaru.bot;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.tsutawaru.bot.WebhookEvents.body;
import static io.tsutawaru.bot.WebhookEvents.postback;
import static io.tsutawaru.bot.WebhookEvents.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

class HandOffTests extends LineWebhookTestSupport {

	private static final String OPENED = "職員におつなぎします。このままメッセージをお送りください。職員が順番にお返事します（夜間・休日は翌開庁日になります）。";

	@Autowired
	HandOffs handOffs;

	/** The open hand-off whose messages include this text. */
	private HandOff openWith(String text) {
		return await().atMost(Duration.ofSeconds(60))
			.until(() -> handOffs.open()
				.stream()
				.filter(handOff -> handOff.messages().stream().anyMatch(message -> message.text().equals(text)))
				.findFirst()
				.orElse(null), handOff -> handOff != null);
	}

	@Test
	void handsTheConversationToStaffWhoAnswerAndClose() {
		String question = "粗大ごみがまだ回収されていません " + UUID.randomUUID();
		postWebhook(body(text(user, "staff-token", "職員と話したい")));
		awaitCall(REPLY, reply("staff-token", textMessage(OPENED)));

		postWebhook(body(text(user, "quiet-token", question)));
		HandOff handOff = openWith(question);

		assertThat(handOff.reason()).isEqualTo("resident asked for a person");
		assertThat(handOff.language()).isEqualTo("ja");
		assertThat(calls(REPLY)).as("the bot stays quiet while staff handle the resident").isEqualTo(1);

		PushOutcome answered = handOffs.reply(handOff.id(), "担当の山田です。明日回収に伺います。");
		assertThat(answered).isEqualTo(new PushOutcome.Pushed("push-request"));
		awaitCall(PUSH, push(user, textMessage("【市役所の職員より】\n担当の山田です。明日回収に伺います。")));

		assertThat(handOffs.close(handOff.id())).isInstanceOf(PushOutcome.Pushed.class);
		awaitCall(PUSH, push(user, textMessage("職員とのやりとりを終了しました。ご質問はいつでもどうぞ。")));
		HandOff closed = handOffs.get(handOff.id());
		assertThat(closed.open()).isFalse();
		assertThat(closed.messages()).extracting(HandOffMessage::author, HandOffMessage::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(HandOffMessage.Author.RESIDENT, question),
					org.assertj.core.groups.Tuple.tuple(HandOffMessage.Author.STAFF, "担当の山田です。明日回収に伺います。"));

		postWebhook(body(text(user, "again-token", "どこにも無い質問")));
		awaitCall(REPLY, reply("again-token", textMessage(
				"申し訳ありません。お答えできる情報が見つかりませんでした。\nお問い合わせ：市役所 総合案内 0561-00-0000（平日 8:30〜17:15）\nいただいたご質問は、回答を増やすために担当課で確認します。",
				postbackItem("職員と話したい", "${json-unit.regex}c=ho&a=open&k=[0-9]+", "職員と話したい"))));
	}

	@Test
	void opensFromAnUnhelpfulAnswerNamingIt() {
		String marker = "写真です " + UUID.randomUUID();
		postWebhook(body(postback(user, "unsolved-person-token", "c=ho&a=open&faq=garbage-1")));
		awaitCall(REPLY, reply("unsolved-person-token", textMessage(OPENED)));
		postWebhook(body(text(user, "marker-token", marker)));

		assertThat(openWith(marker).reason()).isEqualTo("FAQ garbage-1: not solved");
	}

	@Test
	void refusesEmptyRepliesAndUnknownHandOffs() {
		String marker = "確認 " + UUID.randomUUID();
		postWebhook(body(text(user, "staff-token", "職員と話したい")));
		postWebhook(body(text(user, "marker-token", marker)));
		long id = openWith(marker).id();

		assertThatThrownBy(() -> handOffs.reply(id, "  ")).isInstanceOf(HandOffReplyRejectedException.class);
		assertThatThrownBy(() -> handOffs.reply(id, "あ".repeat(5000))).isInstanceOf(HandOffReplyRejectedException.class);
		assertThatThrownBy(() -> handOffs.get(Long.MAX_VALUE)).isInstanceOf(HandOffNotFoundException.class);
		handOffs.close(id);
		assertThatThrownBy(() -> handOffs.reply(id, "もう閉じています")).isInstanceOf(HandOffNotFoundException.class);
		assertThatThrownBy(() -> handOffs.close(id)).isInstanceOf(HandOffNotFoundException.class);
	}

}

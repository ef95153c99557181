package io.tsutawaru.bot;

import java.util.Set;

import io.tsutawaru.notifier.Preferences;
import io.tsutawaru.notifier.Subscribers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.tsutawaru.bot.WebhookEvents.body;
import static io.tsutawaru.bot.WebhookEvents.postback;
import static io.tsutawaru.bot.WebhookEvents.text;
import static org.assertj.core.api.Assertions.assertThat;

class SettingsTests extends LineWebhookTestSupport {

	@Autowired
	Subscribers subscribers;

	private static String summary(String area) {
		return textMessage("現在の配信設定です。\n地域：" + area + "\n年代：30代\n関心：防災\n言語：日本語\nメール：未設定\n変更する項目を選んでください。",
				postbackItem("地域を変える", "c=set&a=edit&f=area"), postbackItem("年代を変える", "c=set&a=edit&f=age"),
				postbackItem("関心を変える", "c=set&a=edit&f=interests"), postbackItem("言語を変える", "c=set&a=edit&f=language"),
				postbackItem("メールを登録", "c=set&a=edit&f=email"));
	}

	@Test
	void showsAndChangesPreferences() {
		subscribers.followed(user);
		subscribers.recordConsent(user);
		subscribers.updatePreferences(user, new Preferences("中央", "30代", Set.of("防災"), "ja"));

		postWebhook(body(text(user, "settings-token", "配信設定")));
		awaitCall(REPLY, reply("settings-token", summary("中央")));

		postWebhook(body(postback(user, "edit-token", "c=set&a=edit&f=area")));
		awaitCall(REPLY,
				reply("edit-token",
						textMessage("お住まいの地域を選んでください。", postbackItem("北部", "c=set&a=area&v=北部"),
								postbackItem("中央", "c=set&a=area&v=中央"), postbackItem("南部", "c=set&a=area&v=南部"),
								postbackItem("東部", "c=set&a=area&v=東部"), postbackItem("西部", "c=set&a=area&v=西部"),
								postbackItem("戻る", "c=set&a=back"))));

		postWebhook(body(postback(user, "area-token", "c=set&a=area&v=南部")));
		awaitCall(REPLY, reply("area-token", summary("南部")));
		assertThat(subscribers.findByLineUserId(user).orElseThrow().preferences().area()).isEqualTo("南部");
	}

	@Test
	void asksForConsentBeforeKeepingAnything() {
		postWebhook(body(text(user, "settings-token", "配信設定")));

		awaitCall(REPLY, reply("settings-token", textMessage("お知らせの設定はまだありません。"),
				textMessage("必要なお知らせを届けるため、地域などの設定を保存します（いつでも変更・削除できます）。同意いただける場合は、言語を選んでください。",
						postbackItem("日本語", "c=reg&a=language&v=ja"), postbackItem("English", "c=reg&a=language&v=en"),
						postbackItem("やさしい日本語", "c=reg&a=language&v=easy-ja"),
						postbackItem("登録しない", "c=reg&a=decline"))));
		assertThat(subscribers.findByLineUserId(user)).isEmpty();
	}

}

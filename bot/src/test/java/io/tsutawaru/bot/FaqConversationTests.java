package io.tsutawaru.bot;

import io.tsutawaru.kb.Decision;
import org.junit.jupiter.api.Test;

import static io.tsutawaru.bot.WebhookEvents.body;
import static io.tsutawaru.bot.WebhookEvents.text;
import static org.assertj.core.api.Assertions.assertThat;

class FaqConversationTests extends LineWebhookTestSupport {

	@Test
	void answersWithFeedbackButtonsAndRelatedQuestions() {
		knowledgeBase.script("粗大ごみ", Decision.ANSWER, ScriptedKnowledgeBase.GARBAGE, ScriptedKnowledgeBase.RECYCLING,
				ScriptedKnowledgeBase.BATTERIES);

		assertThat(postWebhook(body(text(user, "answer-token", "粗大ごみ"))).statusCode()).isEqualTo(200);

		awaitCall(REPLY, """
				{"replyToken":"answer-token","notificationDisabled":false,"messages":[
				 {"type":"text","text":"粗大ごみは事前に申し込みが必要です。\\n電話かインターネットで申し込んでください。\\n\\n詳しくはこちら：https://city.example.jp/gomi\\nお問い合わせ：環境課 0561-00-0001（平日 8:30〜17:15）"},
				 {"type":"template","altText":"この回答で解決しましたか？",
				  "template":{"type":"confirm","text":"この回答で解決しましたか？","actions":[
				   {"type":"postback","label":"解決した","data":"c=faq&a=feedback&id=garbage-1&solved=1","displayText":"解決した"},
				   {"type":"postback","label":"解決しない","data":"c=faq&a=feedback&id=garbage-1&solved=0","displayText":"解決しない"}]},
				  "quickReply":{"items":[
				   {"type":"action","action":{"type":"postback","label":"資源ごみの日は？","data":"c=faq&a=show&id=garbage-2","displayText":"資源ごみの日は？"}},
				   {"type":"action","action":{"type":"postback","label":"電池の捨て方は？","data":"c=faq&a=show&id=garbage-3","displayText":"電池の捨て方は？"}}]}}]}
				""");
	}

}

package io.tsutawaru.bot;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.tsutawaru.bot.menu.LineRichMenus;
import io.tsutawaru.notifier.AlertStatus;
import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static io.tsutawaru.bot.WebhookEvents.body;
import static io.tsutawaru.bot.WebhookEvents.postback;
import static io.tsutawaru.bot.WebhookEvents.unfollow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The service's rich menus against WireMock as LINE: the exact calls that create, reuse,
 * link and switch them, and the menu's own tap (最新の災害情報).
 */
class RichMenuTests extends LineWebhookTestSupport {

	static final String CREATE = "/v2/bot/richmenu";

	static final String DEFAULT = "/v2/bot/user/all/richmenu";

	static final String BATCH = "/v2/bot/richmenu/batch";

	static final String ALIAS = "/v2/bot/richmenu/alias";

	@Autowired
	LineRichMenus menus;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ScriptedNotices notices;

	@BeforeEach
	void freshAccount() {
		jdbc.sql("DELETE FROM bot_rich_menus").update();
		jdbc.sql("UPDATE bot_menu_mode SET mode = 'NORMAL', changed_by = NULL, changed_at = NULL").update();
		for (String kind : List.of("guest", "resident", "disaster")) {
			line.stubFor(post(CREATE)
				.withRequestBody(matchingJsonPath("$.name", matching("tsutawaru-" + kind + "-[0-9a-f]{12}")))
				.willReturn(json(200, "{\"richMenuId\":\"richmenu-" + kind + "\"}")));
			line.stubFor(post("/v2/bot/richmenu/richmenu-" + kind + "/content").willReturn(json(200, "{}")));
			line.stubFor(get("/v2/bot/richmenu/richmenu-" + kind).willReturn(json(200, "{\"richMenuId\":\"richmenu-"
					+ kind
					+ "\",\"size\":{\"width\":2500,\"height\":843},\"selected\":true,\"name\":\"n\",\"chatBarText\":\"c\",\"areas\":[]}")));
			line.stubFor(post(DEFAULT + "/richmenu-" + kind).willReturn(json(200, "{}")));
		}
		line.stubFor(get(DEFAULT).willReturn(json(404, "{\"message\":\"no default rich menu\"}")));
		line.stubFor(post(BATCH).willReturn(json(202, "{}")));
		line.stubFor(get(ALIAS + "/list").willReturn(json(200, "{\"aliases\":[]}")));
		line.stubFor(post(urlMatching(ALIAS + "(/tsutawaru-[a-z]+)?")).willReturn(json(200, "{}")));
		line.stubFor(post(urlMatching("/v2/bot/user/U[0-9a-f]+/richmenu/richmenu-[a-z]+")).willReturn(json(200, "{}")));
		line.stubFor(delete(urlMatching("/v2/bot/user/U[0-9a-f]+/richmenu")).willReturn(json(200, "{}")));
		notices.published.clear();
	}

	@AfterEach
	void everydayAgain() {
		jdbc.sql("UPDATE bot_menu_mode SET mode = 'NORMAL'").update();
	}

	@Test
	void createsEachMenuOnceWithItsImageAndReusesItAtTheNextStart() {
		menus.prepare();

		line.verify(1, postRequestedFor(urlEqualTo(CREATE)).withRequestBody(equalToJson(
				"""
						{"size":{"width":2500,"height":1686},"selected":true,"name":"${json-unit.regex}tsutawaru-disaster-[0-9a-f]{12}",
						 "chatBarText":"災害時メニュー","areas":[
						 {"bounds":{"x":0,"y":0,"width":1250,"height":843},
						  "action":{"type":"postback","label":"最新の災害情報","data":"c=menu&a=latest","displayText":"最新の災害情報"}},
						 {"bounds":{"x":1250,"y":0,"width":1250,"height":843},
						  "action":{"type":"postback","label":"安否を知らせる","data":"c=safe&a=start","displayText":"安否を知らせる"}},
						 {"bounds":{"x":0,"y":843,"width":1250,"height":843},
						  "action":{"type":"postback","label":"近くの避難所","data":"c=shel&a=start","displayText":"近くの避難所"}},
						 {"bounds":{"x":1250,"y":843,"width":1250,"height":843},"action":{"type":"message","label":"通報","text":"通報"}}]}
						""")));
		line.verify(1, postRequestedFor(urlEqualTo(CREATE)).withRequestBody(equalToJson(
				"""
						{"size":{"width":2500,"height":843},"selected":true,"name":"${json-unit.regex}tsutawaru-guest-[0-9a-f]{12}",
						 "chatBarText":"メニュー","areas":[
						 {"bounds":{"x":0,"y":0,"width":833,"height":843},"action":{"type":"message","label":"配信設定","text":"配信設定"}},
						 {"bounds":{"x":833,"y":0,"width":833,"height":843},
						  "action":{"type":"postback","label":"最新の災害情報","data":"c=menu&a=latest","displayText":"最新の災害情報"}},
						 {"bounds":{"x":1666,"y":0,"width":834,"height":843},"action":{"type":"message","label":"通報","text":"通報"}}]}
						""")));
		line.verify(3, postRequestedFor(urlEqualTo(CREATE)));
		for (String kind : List.of("guest", "resident", "disaster")) {
			// The image goes to the data API host (the same WireMock here) as a PNG.
			line.verify(1,
					postRequestedFor(urlEqualTo("/v2/bot/richmenu/richmenu-" + kind + "/content"))
						.withHeader("Content-Type", equalTo("image/png"))
						.withHeader("Authorization", equalTo("Bearer test-channel-token")));
		}
		line.verify(1, postRequestedFor(urlEqualTo(DEFAULT + "/richmenu-guest")));
		byte[] image = line.findAll(postRequestedFor(urlEqualTo("/v2/bot/richmenu/richmenu-guest/content")))
			.get(0)
			.getBody();
		assertThat(image).startsWith(0x89, 'P', 'N', 'G');

		line.stubFor(get(DEFAULT).willReturn(json(200, "{\"richMenuId\":\"richmenu-guest\"}")));
		menus.prepare();

		line.verify(3, postRequestedFor(urlEqualTo(CREATE)));
		line.verify(3, postRequestedFor(urlMatching("/v2/bot/richmenu/richmenu-[a-z]+/content")));
		line.verify(1, postRequestedFor(urlMatching(DEFAULT + "/.*")));
		line.verify(0, postRequestedFor(urlEqualTo(BATCH)));
	}

	@Test
	void namesEachMenuWithItsAliasAndMovesTheAliasToARedesignedMenu() {
		menus.prepare();

		for (String kind : List.of("guest", "resident", "disaster")) {
			line.verify(1, postRequestedFor(urlEqualTo(ALIAS)).withRequestBody(equalToJson(
					"{\"richMenuAliasId\":\"tsutawaru-" + kind + "\",\"richMenuId\":\"richmenu-" + kind + "\"}")));
		}
		line.verify(3, postRequestedFor(urlEqualTo(ALIAS)));

		// LINE has the aliases now; the resident menu is redesigned (LINE lost the old
		// one), so its alias moves to the new menu and the others are left alone.
		line.stubFor(get(ALIAS + "/list").willReturn(json(200, """
				{"aliases":[{"richMenuAliasId":"tsutawaru-guest","richMenuId":"richmenu-guest"},
				 {"richMenuAliasId":"tsutawaru-resident","richMenuId":"richmenu-deleted"},
				 {"richMenuAliasId":"tsutawaru-disaster","richMenuId":"richmenu-disaster"},
				 {"richMenuAliasId":"someone-elses","richMenuId":"richmenu-other"}]}
				""")));
		jdbc.sql("UPDATE bot_rich_menus SET rich_menu_id = 'richmenu-deleted' WHERE kind = 'RESIDENT'").update();
		line.stubFor(get("/v2/bot/richmenu/richmenu-deleted").willReturn(json(404, "{\"message\":\"Not found\"}")));

		menus.prepare();

		line.verify(1, postRequestedFor(urlEqualTo(ALIAS + "/tsutawaru-resident"))
			.withRequestBody(equalToJson("{\"richMenuId\":\"richmenu-resident\"}")));
		line.verify(1, postRequestedFor(urlMatching(ALIAS + "/.+")));
		line.verify(3, postRequestedFor(urlEqualTo(ALIAS)));
	}

	@Test
	void aRefusedAliasLeavesTheMenusWorking() {
		line.stubFor(post(ALIAS).willReturn(json(400, "{\"message\":\"conflict richmenu alias id\"}")));

		menus.prepare();

		line.verify(1, postRequestedFor(urlEqualTo(DEFAULT + "/richmenu-guest")));
		assertThat(menus.switchTo(MenuMode.DISASTER, "emergency-1").mode()).isEqualTo(MenuMode.DISASTER);
	}

	@Test
	void createsAgainAMenuThatLineNoLongerHasAndMovesItsResidents() {
		menus.prepare();
		jdbc.sql("UPDATE bot_rich_menus SET rich_menu_id = 'richmenu-deleted' WHERE kind = 'RESIDENT'").update();
		line.stubFor(get("/v2/bot/richmenu/richmenu-deleted").willReturn(json(404, "{\"message\":\"Not found\"}")));

		menus.prepare();

		line.verify(4, postRequestedFor(urlEqualTo(CREATE)));
		line.verify(2, postRequestedFor(urlEqualTo(CREATE))
			.withRequestBody(matchingJsonPath("$.name", matching("tsutawaru-resident-.*"))));
		assertThat(jdbc.sql("SELECT rich_menu_id FROM bot_rich_menus WHERE kind = 'RESIDENT'")
			.query(String.class)
			.single()).isEqualTo("richmenu-resident");
	}

	@Test
	void switchesEveryResidentToTheDisasterMenuAndBack() {
		menus.prepare();

		RichMenus.MenuState state = menus.switchTo(MenuMode.DISASTER, "emergency-1");

		assertThat(state.mode()).isEqualTo(MenuMode.DISASTER);
		assertThat(menus.state()).extracting(RichMenus.MenuState::mode, RichMenus.MenuState::changedBy)
			.containsExactly(MenuMode.DISASTER, "emergency-1");
		line.verify(1, postRequestedFor(urlEqualTo(DEFAULT + "/richmenu-disaster")));
		line.verify(1, postRequestedFor(urlEqualTo(BATCH)).withRequestBody(equalToJson(
				"{\"operations\":[{\"type\":\"link\",\"from\":\"richmenu-resident\",\"to\":\"richmenu-disaster\"}]}")));

		menus.switchTo(MenuMode.NORMAL, "emergency-1");

		line.verify(2, postRequestedFor(urlEqualTo(DEFAULT + "/richmenu-guest")));
		line.verify(1, postRequestedFor(urlEqualTo(BATCH)).withRequestBody(equalToJson(
				"{\"operations\":[{\"type\":\"link\",\"from\":\"richmenu-disaster\",\"to\":\"richmenu-resident\"}]}")));
		assertThat(menus.state().mode()).isEqualTo(MenuMode.NORMAL);
	}

	@Test
	void aSwitchLineRefusesSaysSoAndKeepsTheMode() {
		menus.prepare();
		line.stubFor(post(BATCH).willReturn(json(429, "{\"message\":\"Too many requests\"}")));

		assertThatThrownBy(() -> menus.switchTo(MenuMode.DISASTER, "emergency-1"))
			.isInstanceOf(RichMenuUnavailableException.class)
			.hasMessageContaining("batch link")
			.hasMessageContaining("429");
		assertThat(menus.state().mode()).isEqualTo(MenuMode.NORMAL);
	}

	@Test
	void linksAResidentWhoRegistersAndUnlinksOneWhoLeaves() {
		menus.prepare();

		postWebhook(body(postback(user, "lang-token", "c=reg&a=language&v=ja")));
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> line
				.verify(postRequestedFor(urlEqualTo("/v2/bot/user/" + user + "/richmenu/richmenu-resident"))));

		postWebhook(body(unfollow(user)));
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> line.verify(deleteRequestedFor(urlEqualTo("/v2/bot/user/" + user + "/richmenu"))));
	}

	@Test
	void aResidentWhoRegistersDuringADisasterGetsTheDisasterMenu() {
		menus.prepare();
		menus.switchTo(MenuMode.DISASTER, "emergency-1");

		postWebhook(body(postback(user, "lang-token", "c=reg&a=language&v=en")));

		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> line
				.verify(postRequestedFor(urlEqualTo("/v2/bot/user/" + user + "/richmenu/richmenu-disaster"))));
	}

	@Test
	void latestTapAnswersWithTheEmergencyNoticesInForceInTheResidentsLanguage() {
		Instant now = Instant.now();
		notices.published.add(notice(3, Severity.INFO, PublishedNotice.MessageType.ALERT, "ごみ収集日の変更", null));
		notices.published.add(notice(2, Severity.EMERGENCY, PublishedNotice.MessageType.ALERT, "北部に避難指示", null));
		notices.published.add(notice(1, Severity.EMERGENCY, PublishedNotice.MessageType.ALERT, "大雨警報（終了）",
				now.minus(Duration.ofHours(1))));
		postWebhook(body(postback(user, "reg-token", "c=reg&a=language&v=en")));
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> line.verify(postRequestedFor(urlEqualTo(REPLY))
				.withRequestBody(matchingJsonPath("$.replyToken", equalTo("reg-token")))));

		postWebhook(body(postback(user, "menu-token", "c=menu&a=latest")));

		awaitCall(REPLY, reply("menu-token", textMessage("Disaster notices in force: 1. Here they are, newest first."),
				textMessage("Evacuation order for the north\n\nLeave now for the shelter.")));
	}

	@Test
	void latestTapSaysKindlyThatThereIsNone() {
		notices.published.add(notice(4, Severity.EMERGENCY, PublishedNotice.MessageType.CANCEL, "避難指示の取消", null));

		postWebhook(body(postback(user, "none-token", "c=menu&a=latest")));

		awaitCall(REPLY, reply("none-token", textMessage("いま発表中の災害情報はありません。新しい情報はこのアカウントからお知らせします。")));
	}

	private static PublishedNotice notice(long id, Severity severity, PublishedNotice.MessageType type, String title,
			Instant expiresAt) {
		NoticeDraft content = new NoticeDraft(title, "ただちに避難所へ避難してください。", null, severity, AlertStatus.ACTUAL, null,
				Set.of(Channel.LINE), "all",
				Map.of("en",
						new NoticeDraft.Translation("Evacuation order for the north", "Leave now for the shelter.")),
				List.of(), List.of(), null, expiresAt, false);
		return new PublishedNotice(id, 1, type, content, Instant.now(), Instant.now());
	}

	private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(int status, String body) {
		return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body);
	}

}

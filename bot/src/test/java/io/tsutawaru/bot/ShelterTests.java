package io.tsutawaru.bot;

import java.util.List;
import java.util.Set;

import io.tsutawaru.shelters.Crowding;
import io.tsutawaru.shelters.Hazard;
import io.tsutawaru.shelters.ListKind;
import io.tsutawaru.shelters.ListedShelter;
import io.tsutawaru.shelters.Shelter;
import io.tsutawaru.shelters.ShelterImport;
import io.tsutawaru.shelters.Shelters;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.tsutawaru.bot.WebhookEvents.body;
import static io.tsutawaru.bot.WebhookEvents.location;
import static io.tsutawaru.bot.WebhookEvents.postback;
import static io.tsutawaru.bot.WebhookEvents.text;

/**
 * 近くの避難所 (issue 18): the rich menu's button asks for a location with LINE's location
 * button, and a location sent outside a dialog gets the three nearest open shelters that
 * are not full, with distance and a map link.
 */
class ShelterTests extends LineWebhookTestSupport {

	static final String ASK = "今いる場所を送ってください（下の「位置情報」を押します）。開設している近くの避難所をお知らせします。";

	@Autowired
	ShelterImport imports;

	@Autowired
	Shelters shelters;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void noShelters() {
		jdbc.sql("DELETE FROM shelters").update();
	}

	@Test
	void theMenuButtonAsksForALocationAndALocationGetsTheThreeNearestOpenShelters() {
		imports.write(List.of(site("1", "近い公園", 36.0027), site("2", "中央小学校", 36.0045), site("3", "遠い体育館", 36.018),
				site("4", "満員の中学校", 36.009), site("5", "閉鎖中の集会所", 36.001), site("6", "四番目の高校", 36.027)));
		mark("近い公園", Crowding.VACANT);
		mark("中央小学校", Crowding.CROWDED);
		mark("遠い体育館", Crowding.VACANT);
		mark("満員の中学校", Crowding.FULL);
		mark("四番目の高校", Crowding.VACANT);

		postWebhook(body(postback(user, "menu-token", "c=shel&a=start")));
		awaitCall(REPLY, reply("menu-token", textMessage(ASK, actionItem("location", "位置情報"))));

		postWebhook(body(location(user, "where-token", 36.0, 138.0, "つたわる市本町")));
		awaitCall(REPLY, reply("where-token", textMessage("""
				開設している近くの避難所です。

				1. 近い公園
				空きあり · 約 300 m
				つたわる市本町1
				https://www.google.com/maps/search/?api=1&query=36.002700,138.000000

				2. 中央小学校
				混雑 · 約 500 m
				つたわる市本町2
				https://www.google.com/maps/search/?api=1&query=36.004500,138.000000

				3. 遠い体育館
				空きあり · 約 2.0 km
				つたわる市本町3
				https://www.google.com/maps/search/?api=1&query=36.018000,138.000000

				距離は直線です。周りの様子に気をつけて避難してください。""")));
	}

	@Test
	void theTypedWordAsksToo() {
		postWebhook(body(text(user, "typed-token", "避難所")));
		awaitCall(REPLY, reply("typed-token", textMessage(ASK, actionItem("location", "位置情報"))));
	}

	@Test
	void noOpenShelterIsSaidKindly() {
		imports.write(List.of(site("1", "閉鎖中の公園", 36.001)));

		postWebhook(body(location(user, "none-token", 36.0, 138.0, "つたわる市本町")));
		awaitCall(REPLY,
				reply("none-token", textMessage("いま開設している避難所はありません。市の発表をお待ちください。" + "危険を感じたら、近くの丈夫な建物や高い所へ避難してください。")));
	}

	private void mark(String name, Crowding crowding) {
		Shelter shelter = shelters.search(name, false).getFirst();
		shelters.mark(shelter.id(), true, crowding, "emergency");
	}

	private static ListedShelter site(String id, String name, double latitude) {
		return new ListedShelter(ListKind.EVACUATION_SITE, "209999", id, name, "", "つたわる市本町" + id, latitude, 138.0,
				Set.of(Hazard.EARTHQUAKE), null);
	}

}

package io.tsutawaru.app.console;

import java.util.List;

import io.tsutawaru.notifier.NoticeKind;

/**
 * The alerts emergency staff send most, written in advance so that at night nobody
 * composes from nothing. The text is what residents read (Japanese, with English and easy
 * Japanese), so it lives here and not in the console's message files; {@code {areas}}
 * becomes the areas picked on the screen.
 *
 * @param kind what the alert is: the form's key, and what CAP, L-Alert and a later
 * cancellation call it
 * @param title the Japanese headline
 * @param body the Japanese text
 * @param titleEn the English headline
 * @param bodyEn the English text
 * @param titleEasy the headline in easy Japanese (やさしい日本語)
 * @param bodyEasy the text in easy Japanese
 */
record EmergencyTemplate(NoticeKind kind, String title, String body, String titleEn, String bodyEn, String titleEasy,
		String bodyEasy) {

	static final List<EmergencyTemplate> ALL = List.of(new EmergencyTemplate(NoticeKind.EVACUATION_ORDER,
			"【警戒レベル4】避難指示（{areas}）", "{areas}に避難指示を発令しました。危険な場所から全員避難してください。避難所へ移動するか、安全な場合は自宅の上の階など安全な場所に移動してください。",
			"[Level 4] Evacuation order ({areas})",
			"An evacuation order has been issued for {areas}. Everyone must leave dangerous places now. Go to a shelter or, if it is safe, to an upper floor of a sturdy building.",
			"ひなんしじ（{areas}）", "{areas}の みなさん、すぐに ひなんして ください。ひなんじょ か、いえの 2かい など あんぜんな ところへ いって ください。"),
			new EmergencyTemplate(NoticeKind.ELDERLY_EVACUATION, "【警戒レベル3】高齢者等避難（{areas}）",
					"{areas}に高齢者等避難を発令しました。高齢の方、障がいのある方など避難に時間のかかる方とその支援者は避難を始めてください。",
					"[Level 3] Evacuation of older people ({areas})",
					"Older people, people with disabilities and others who need time to evacuate from {areas}, and those who help them, should start evacuating now.",
					"おとしよりなどは ひなん（{areas}）", "{areas}の おとしより や からだの ふじゆうな ひとは いまから ひなんを はじめて ください。"),
			new EmergencyTemplate(NoticeKind.SHELTER_OPEN, "避難所を開設しました（{areas}）",
					"{areas}の避難所を開設しました。避難の際は、食料・水・常備薬などを持参してください。", "Shelters are open ({areas})",
					"Shelters in {areas} are open. Please bring food, water and your medicine.",
					"ひなんじょが あきました（{areas}）", "{areas}の ひなんじょが あきました。たべもの、みず、くすりを もって きて ください。"),
			new EmergencyTemplate(NoticeKind.WEATHER_WARNING, "気象警報が発表されました（{areas}）",
					"{areas}に大雨警報が発表されました。川や用水路、崖に近づかないでください。今後の情報に注意してください。", "Weather warning ({areas})",
					"A heavy rain warning is in force for {areas}. Stay away from rivers, canals and slopes, and watch for further information.",
					"あめの けいほう（{areas}）", "{areas}に おおあめの けいほうが でました。かわ や がけに ちかづかないで ください。"),
			new EmergencyTemplate(NoticeKind.WATER_OUTAGE, "断水のお知らせ（{areas}）",
					"{areas}で断水が発生しています。復旧の見込みは決まり次第お知らせします。給水所の情報は市のウェブサイトをご覧ください。", "Water outage ({areas})",
					"There is no running water in {areas}. We will tell you when it is expected to return. See the city website for water stations.",
					"すいどうの みずが でません（{areas}）", "{areas}で すいどうの みずが でません。みずを もらえる ばしょは しの ホームページを みて ください。"));

	/** The form's key (public: the page's template reads it). */
	public String id() {
		return kind.id();
	}

}

package io.tsutawaru.kb;

import static org.assertj.core.api.Assertions.assertThat;

import io.tsutawaru.kb.transfer.SampleKnowledgeBase;
import org.junit.jupiter.api.Test;

class TemplateTextTests {

	@Test
	void anAnswerThatIsOnlyAnInstructionWithAnExampleIsNotWrittenYet() {
		String answer = "（休職中の入園申し込みについて記載してください。）\n例「現在求職中の場合でも、保育園入園はお申し込み" + "いただけます。\n入園した場合、入園期間は3か月になります。」";

		assertThat(TemplateText.forResidents(answer, "長久手市")).isInstanceOf(ResidentAnswer.NotWrittenYet.class);
	}

	@Test
	void theCityNameIsFilledInAndTheOtherBlanksAndTheirEmptyHeadingsAreLeftOut() {
		String answer = "○○市では、窓口で妊娠届をご記入いただき、母子手帳をお渡しします。\n\n▼詳しくはこちら\n"
				+ "（自治体HP内関連ページのURL）\n\n◆お問い合わせ\n（自治体の担当課等の名称）\n（電話番号）／（開庁時間）";

		assertThat(TemplateText.forResidents(answer, "長久手市"))
			.isEqualTo(new ResidentAnswer.Written("長久手市では、窓口で妊娠届をご記入いただき、母子手帳をお渡しします。"));
	}

	@Test
	void anAnswerWithItsOwnTextKeepsItAndLosesOnlyTheInstruction() {
		String answer = "支払月は年3回です。\nまた、支払日（支払日が休日の場合の取り扱いを記載してください。例「○日が休日のときは" + "その前営業日」）に支払いの手続きをします。（非課税）";

		assertThat(TemplateText.forResidents(answer, ""))
			.isEqualTo(new ResidentAnswer.Written("支払月は年3回です。\nまた、支払日に支払いの手続きをします。（非課税）"));
	}

	@Test
	void aSentenceWithANumberLeftBlankIsLeftOutAndFlagged() {
		// The sample's 児童手当 answer: the days of payment are the city's to write in.
		String answer = "児童手当の支払月は、2月（10～1月分）・6月（2～5月分）・10月（6～9月分）の年3回です。\n"
				+ "支払月の前の月までの4か月分がまとめて支給されます。\n\nまた、毎回○日（○日が休日の場合の取り扱いを記載してください。"
				+ "例「○日が休日のときはその前営業日」）に支払いの手続きをします。\n手続きから○～○日後に振り込まれます。ご確認ください。\n\n"
				+ "◆お問い合わせ\n（自治体の担当課等の名称）\n（電話番号）／（開庁時間）";

		assertThat(TemplateText.forResidents(answer, "長久手市")).isEqualTo(new ResidentAnswer.Written(
				"児童手当の支払月は、2月（10～1月分）・6月（2～5月分）・10月（6～9月分）の年3回です。\n支払月の前の月までの4か月分がまとめて支給されます。\n\nご確認ください。"));
		assertThat(TemplateText.templateParts(answer)).contains("手続きから○～○日後に振り込まれます。");
		// Opening hours left blank are all the answer says: nothing is left to send.
		assertThat(TemplateText.forResidents("○○市役所の開庁時間は○時○分から○時○分（土曜日・日曜日、祝・休日および12月29日～1月3日を除く）です。", "長久手市"))
			.isInstanceOf(ResidentAnswer.NotWrittenYet.class);
		// A bullet is not a blank, nor is a mark before a word.
		String bullets = "●必要書類として、保険証をお持ちください。\n○対象者は市内在住の方です。";
		assertThat(TemplateText.forResidents(bullets, "")).isEqualTo(new ResidentAnswer.Written(bullets));
	}

	@Test
	void aCitysOwnAnswerIsSentAsWrittenAndNeedsNoEditing() {
		String answer = "粗大ごみは申込制です。（有料）\n▼詳しくはこちら\nhttps://www.city.example.jp/gomi";
		var entry = new FaqEntry("own", "粗大ごみの出し方", java.util.List.of(), answer, null, null, null, null, "ja",
				java.time.Instant.EPOCH, true);

		assertThat(TemplateText.forResidents(answer, "長久手市")).isEqualTo(new ResidentAnswer.Written(answer));
		assertThat(TemplateText.needsEditing(entry)).isFalse();
		assertThat(TemplateText.templateParts(answer)).isEmpty();
	}

	@Test
	void theSampleIsFlaggedForEditingAndItsInstructionOnlyAnswersAreNeverSent() {
		var sample = SampleKnowledgeBase.entries();
		long notWritten = sample.stream()
			.filter(entry -> TemplateText.forResidents(entry.answer(), "長久手市") instanceof ResidentAnswer.NotWrittenYet)
			.count();
		long needsEditing = sample.stream().filter(TemplateText::needsEditing).count();
		var served = sample.stream()
			.map(entry -> TemplateText.forResidents(entry.answer(), "長久手市"))
			.filter(ResidentAnswer.Written.class::isInstance)
			.map(written -> ((ResidentAnswer.Written) written).text())
			.toList();

		assertThat(notWritten).isBetween(120L, 178L);
		assertThat(needsEditing).as("591 of 661 when written").isGreaterThan(550L);
		assertThat(served).noneMatch(text -> text.contains("記載してください）") || text.contains("記載してください。）")
				|| text.contains("例「") || text.contains("○○") || text.contains("（電話番号）") || text.contains("URL）"));
	}

}

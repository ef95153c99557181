package io.tsutawaru.text;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

class DocumentTextTests {

	@Test
	void japaneseTextEmojiTabsNewlinesAndPrivateUseAreFit() {
		String text = "大雨警報\t発表\r\n避難所: 𠮷野家の隣 🏃\uE000 café";
		assertThat(DocumentText.firstUnfit(text)).isEmpty();
		assertThat(DocumentText.fit(text)).isSameAs(text);
	}

	@Test
	void namesTheFirstUnfitCharacterAndWhereItIs() {
		assertThat(DocumentText.firstUnfit("避難\u0000指示")).get()
			.returns(2, DocumentText.Unfit::position)
			.returns("a control character (U+0000)", DocumentText.Unfit::description);
		assertThat(DocumentText.firstUnfit("警報\uFFFE")).get()
			.returns(2, DocumentText.Unfit::position)
			.returns("a noncharacter (U+FFFE)", DocumentText.Unfit::description);
		assertThat(DocumentText.firstUnfit("ab\uD83D")).get()
			.returns(2, DocumentText.Unfit::position)
			.returns("half of a character (an unpaired surrogate, U+D83D)", DocumentText.Unfit::description);
		assertThat(DocumentText.firstUnfit("\u0085")).get().returns(0, DocumentText.Unfit::position);
		assertThat(DocumentText.firstUnfit("x\u007F")).get().returns(1, DocumentText.Unfit::position);
		assertThat(DocumentText.firstUnfit("🏃\uDFFF")).get().returns(2, DocumentText.Unfit::position);
		assertThat(DocumentText.firstUnfit(new String(Character.toChars(0x1FFFF)))).isPresent();
		assertThat(DocumentText.firstUnfit("\uFDD0")).isPresent();
		assertThat(DocumentText.firstUnfit(null)).isEmpty();
	}

	@Test
	void cleaningLeavesControlsAndNoncharactersOutAndMarksHalfCharacters() {
		assertThat(DocumentText.fit("避\u0000難\u001F指\u0085示\uFFFF")).isEqualTo("避難指示");
		assertThat(DocumentText.fit("走る\uD83D")).isEqualTo("走る\uFFFD");
		assertThat(DocumentText.fit("\uDC00🏃")).isEqualTo("\uFFFD🏃");
		assertThat(DocumentText.fit(null)).isNull();
	}

	/**
	 * The rule is XML 1.0's: every code point it calls fit parses in an XML document,
	 * every other one is cleaned.
	 */
	@Test
	void everyFitCodePointParsesAsXmlAndEveryCleanedTextDoes() throws Exception {
		StringBuilder fit = new StringBuilder();
		for (int codePoint = 0; codePoint <= Character.MAX_CODE_POINT; codePoint++) {
			if (DocumentText.isFit(codePoint)) {
				fit.appendCodePoint(codePoint);
			}
		}
		parse(fit.toString().replace("&", "&amp;").replace("<", "&lt;"));
		Random random = new Random(15);
		StringBuilder noise = new StringBuilder();
		for (int i = 0; i < 100_000; i++) {
			noise.append((char) random.nextInt(Character.MAX_VALUE + 1));
		}
		String cleaned = DocumentText.fit(noise.toString());
		assertThat(DocumentText.firstUnfit(cleaned)).isEmpty();
		parse(cleaned.replace("&", "&amp;").replace("<", "&lt;"));
	}

	private static void parse(String text) {
		byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><t>" + text + "</t>").getBytes(StandardCharsets.UTF_8);
		assertThatCode(
				() -> DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(xml)))
			.doesNotThrowAnyException();
	}

}

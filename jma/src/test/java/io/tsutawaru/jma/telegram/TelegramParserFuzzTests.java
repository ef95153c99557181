package io.tsutawaru.jma.telegram;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import io.tsutawaru.jma.telegram.UnreadableTelegramException.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * Whatever arrives, the parser answers with a telegram or an
 * {@link UnreadableTelegramException}, never another exception and never by hanging:
 * random bytes, every real telegram cut short and mutated, hostile XML (DTDs, entities,
 * deep nesting, huge text). The seeds are fixed so that a failure can be replayed.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TelegramParserFuzzTests {

	private final Random random = new Random(17);

	@Test
	void randomBytesAreUnreadable() {
		for (int i = 0; i < 1_000; i++) {
			byte[] bytes = new byte[random.nextInt(1, 4_000)];
			random.nextBytes(bytes);
			assertOnlyUnreadable(bytes);
		}
	}

	@Test
	void everyRealTelegramCutShortIsUnreadable() {
		for (String name : RealTelegrams.ALL) {
			byte[] telegram = RealTelegrams.bytes(name);
			for (int i = 0; i < 30; i++) {
				int length = random.nextInt(1, telegram.length - 10);
				assertThatThrownBy(() -> TelegramParser.parse(Arrays.copyOf(telegram, length)))
					.isInstanceOf(UnreadableTelegramException.class);
			}
		}
	}

	@Test
	void mutatedRealTelegramsParseOrAreUnreadable() {
		for (String name : RealTelegrams.ALL) {
			byte[] telegram = RealTelegrams.bytes(name);
			for (int i = 0; i < 50; i++) {
				byte[] mutated = telegram.clone();
				for (int flips = random.nextInt(1, 6); flips > 0; flips--) {
					mutated[random.nextInt(mutated.length)] = (byte) random.nextInt(256);
				}
				assertOnlyUnreadable(mutated);
			}
		}
	}

	@Test
	void realTelegramsWithElementsRemovedOrEmptiedParseOrAreUnreadable() {
		String[] elements = { "Control", "Title", "Status", "Head", "InfoKind", "InfoType", "ReportDateTime", "EventID",
				"Body", "Area", "Name", "Code", "Kind", "MaxInt", "Category", "Headline", "Item", "Areas" };
		for (String name : RealTelegrams.ALL) {
			String telegram = new String(RealTelegrams.bytes(name), StandardCharsets.UTF_8);
			for (String element : elements) {
				String emptied = telegram.replaceAll("<" + element + ">[^<]*</" + element + ">",
						"<" + element + "></" + element + ">");
				assertOnlyUnreadable(emptied.getBytes(StandardCharsets.UTF_8));
				String valueChanged = telegram.replaceAll("<" + element + ">[^<]*</" + element + ">",
						"<" + element + ">?\u0000x</" + element + ">");
				assertOnlyUnreadable(valueChanged.getBytes(StandardCharsets.UTF_8));
			}
			assertOnlyUnreadable(telegram.replace("2", "X").getBytes(StandardCharsets.UTF_8));
		}
	}

	@Test
	void aMissingFieldNamesIt() {
		String telegram = new String(RealTelegrams.bytes("9b43a982-fecf-3866-95e7-c375226a7c87.xml"),
				StandardCharsets.UTF_8);

		assertThatThrownBy(() -> TelegramParser
			.parse(telegram.replace("<InfoType>発表</InfoType>", "").getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(UnreadableTelegramException.class)
			.hasMessageContaining("Head/InfoType")
			.extracting(ex -> ((UnreadableTelegramException) ex).reason())
			.isEqualTo(Reason.MISSING_OR_INVALID_FIELD);
		assertThatThrownBy(() -> TelegramParser
			.parse(telegram.replace("<Status>通常</Status>", "<Status>本番</Status>").getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("Control/Status");
		assertThatThrownBy(() -> TelegramParser
			.parse(telegram.replace("2016-03-08T13:34:00+09:00", "yesterday").getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("ReportDateTime");
	}

	@Test
	void doctypesAndEntitiesAreRefused() {
		String laughs = "<?xml version=\"1.0\"?><!DOCTYPE Report [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">"
				+ "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">]><Report xmlns=\"http://xml.kishou.go.jp/jmaxml1/\">&c;</Report>";
		String external = "<?xml version=\"1.0\"?><!DOCTYPE Report [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
				+ "<Report xmlns=\"http://xml.kishou.go.jp/jmaxml1/\"><Control><Title>&x;</Title></Control></Report>";

		assertReason(laughs.getBytes(StandardCharsets.UTF_8), Reason.NOT_XML);
		assertReason(external.getBytes(StandardCharsets.UTF_8), Reason.NOT_XML);
	}

	@Test
	void deepNestingIsRefused() {
		String deep = "<Report xmlns=\"http://xml.kishou.go.jp/jmaxml1/\">" + "<a>".repeat(200_000)
				+ "</a>".repeat(200_000) + "</Report>";

		assertReason(deep.getBytes(StandardCharsets.UTF_8), Reason.NOT_XML);
	}

	@Test
	void hugeTextIsRefusedOrRead() {
		String telegram = new String(RealTelegrams.bytes("9b43a982-fecf-3866-95e7-c375226a7c87.xml"),
				StandardCharsets.UTF_8);
		String huge = telegram.replace("今後の情報に注意してください。", "揺".repeat(TelegramParser.MAX_BYTES / 3 - 3_000));
		byte[] tooLarge = new byte[TelegramParser.MAX_BYTES + 1];
		Arrays.fill(tooLarge, (byte) ' ');

		assertReason(tooLarge, Reason.TOO_LARGE);
		assertOnlyUnreadable(huge.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void otherXmlIsNotAReport() {
		assertReason("<feed xmlns=\"http://www.w3.org/2005/Atom\"/>".getBytes(StandardCharsets.UTF_8),
				Reason.NOT_A_REPORT);
		assertReason(new byte[0], Reason.NOT_XML);
	}

	private static void assertReason(byte[] bytes, Reason reason) {
		assertThatThrownBy(() -> TelegramParser.parse(bytes)).isInstanceOf(UnreadableTelegramException.class)
			.extracting(ex -> ((UnreadableTelegramException) ex).reason())
			.isEqualTo(reason);
	}

	private static void assertOnlyUnreadable(byte[] bytes) {
		try {
			Telegram telegram = TelegramParser.parse(bytes);
			assertThat(telegram.infoKind()).isNotBlank();
		}
		catch (UnreadableTelegramException ex) {
			assertThat(ex.reason()).isNotNull();
		}
		catch (RuntimeException | StackOverflowError ex) {
			fail("The parser threw " + ex + " instead of UnreadableTelegramException", ex);
		}
	}

}

package io.tsutawaru.jma.telegram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The real telegrams in {@code src/test/resources/telegrams} (see the README there for
 * their source).
 */
public final class RealTelegrams {

	/** Every telegram file, by name. */
	public static final List<String> ALL = List.of("20220116050009_0_VTSE41_010000.xml",
			"2b441518-4e79-342c-a271-7c25597f3a69.xml", "32-39_11_02_120615_VTSE41.xml", "70_15_08_130412_02VPWW53.xml",
			"70_16_01_100806_kasenkozui1.xml", "70_17_01_130906_VXWW40-modified.xml",
			"70_19_01_091210_tatsumakijyohou1.xml", "70_32-35_06_100915_03zenkokusaisumo1.xml",
			"70_32-35_06_100915_06zenkokusaisumo1.xml", "70_32-39_05_100831_11tsunamijohou1.xml",
			"70_32-39_10_120615_02tsunamiyohou1.xml", "70_32-39_11_120615_01shindosokuhou3.xml",
			"70_66_01_141024_VFVO53.xml", "70_67_01_150514_VFVO56-1.xml", "70_67_01_150514_VFVO56-4.xml",
			"9b43a982-fecf-3866-95e7-c375226a7c87.xml", "afeedc52-107a-3d1d-9196-b108234d6e0f.xml");

	private RealTelegrams() {
	}

	/** A telegram file's bytes. */
	public static byte[] bytes(String name) {
		try (InputStream in = RealTelegrams.class.getResourceAsStream("/telegrams/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No telegram " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A telegram file, parsed. */
	public static Telegram parsed(String name) {
		try {
			return TelegramParser.parse(bytes(name));
		}
		catch (UnreadableTelegramException ex) {
			throw new AssertionError(name + " is unreadable", ex);
		}
	}

}

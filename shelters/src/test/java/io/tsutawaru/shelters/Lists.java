package io.tsutawaru.shelters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

/** Shelter lists written for a test, with the national format's header. */
final class Lists {

	/** The header of the 指定緊急避難場所一覧 as the format writes it. */
	static final String SITE_HEADER = "全国地方公共団体コード,ID,名称,名称_カナ,名称_英字,所在地_全国地方公共団体コード,町字ID,"
			+ "所在地_連結表記,所在地_都道府県,所在地_市区町村,所在地_町字,所在地_番地以下,建物名等(方書),緯度,経度,標高,電話番号,"
			+ "内線番号,連絡先メールアドレス,連絡先FormURL,連絡先備考（その他、SNSなど）,郵便番号,市区町村コード,地方公共団体名,"
			+ "災害種別_洪水,災害種別_崖崩れ、土石流及び地滑り,災害種別_高潮,災害種別_地震,災害種別_津波,災害種別_大規模な火事,"
			+ "災害種別_内水氾濫,災害種別_火山現象,指定避難所との重複,想定収容人数,対象となる町会・自治会,URL,画像,画像_ライセンス,備考";

	private Lists() {
	}

	/**
	 * A row of the 指定緊急避難場所一覧 with the fields the service reads; {@code flags} are the
	 * eight 災害種別 cells in the format's order.
	 */
	static String site(String id, String name, String kana, String address, String lat, String lon, String flags,
			String capacity) {
		return "999999," + id + "," + name + "," + kana + ",,999999,," + address + ",,,,,," + lat + "," + lon
				+ ",,,,,,,,,," + flags + ",1," + capacity + ",,,,,";
	}

	static Path write(String text, Charset charset, boolean bom) {
		try {
			Path file = Files.createTempFile("shelters", ".csv");
			byte[] body = text.getBytes(charset);
			byte[] bytes = body;
			if (bom) {
				bytes = new byte[body.length + 3];
				bytes[0] = (byte) 0xEF;
				bytes[1] = (byte) 0xBB;
				bytes[2] = (byte) 0xBF;
				System.arraycopy(body, 0, bytes, 3, body.length);
			}
			Files.write(file, bytes);
			file.toFile().deleteOnExit();
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

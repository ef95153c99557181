package io.tsutawaru.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WebAddressTests {

	@Test
	void onlyAbsoluteHttpAndHttpsAddressesWithAHost() {
		assertThat(WebAddress.isWebAddress("https://www.city.nagakute.lg.jp/bousai/hinan.html?x=1#map")).isTrue();
		assertThat(WebAddress.isWebAddress("HTTP://city.example.jp")).isTrue();
		for (String link : new String[] { "javascript:alert(1)", "JavaScript:alert(1)", " https://city.example.jp",
				"data:text/html,x", "vbscript:x", "/notices/1", "city.example.jp", "ftp://city.example.jp", "https://",
				"mailto:a@city.example.jp", "https://city.example.jp/" + "a".repeat(2_000), "", null }) {
			assertThat(WebAddress.isWebAddress(link)).as(link).isFalse();
		}
	}

}

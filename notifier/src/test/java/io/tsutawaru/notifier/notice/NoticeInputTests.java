package io.tsutawaru.notifier.notice;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.tsutawaru.notifier.LocalServers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What staff send that no document may carry (issue 15, items 8 and 10): control
 * characters, noncharacters and half characters in any text field, links that are not web
 * addresses, and {@code null} inside lists and maps. Each is a 400 problem detail naming
 * the field (and the position of a bad character), never a 500 or a stored notice.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NoticeInputTests extends LocalServers {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	/** A field, a JSON notice with a bad character in it, and where the character is. */
	record Unfit(String field, String json, int position, String character) {
	}

	@Test
	void unfitCharactersInAnyTextAreRefusedNamingTheFieldAndThePosition() throws Exception {
		List<Unfit> cases = List.of(new Unfit("title", notice("\"title\":\"大雨\\u0000警報\""), 2, "U+0000"),
				new Unfit("title", notice("\"title\":\"大雨\\u001b警報\""), 2, "U+001B"),
				new Unfit("body", notice("\"body\":\"川に\\uFFFE近づかない\""), 2, "U+FFFE"),
				new Unfit("body", notice("\"body\":\"川に\\uFFFF\""), 2, "U+FFFF"),
				new Unfit("title", notice("\"title\":\"避難\\ud83d\""), 2, "U+D83D"),
				new Unfit("body", notice("\"body\":\"\\udc00🏃\""), 0, "U+DC00"),
				new Unfit("topic", notice("\"topic\":\"防\\u0085災\""), 1, "U+0085"),
				new Unfit("link", notice("\"link\":\"https://city.example.jp/\\u0007\""), 24, "U+0007"),
				new Unfit("areaNames[1]", notice("\"areaNames\":[\"北部\",\"中\\u0008央\"]"), 1, "U+0008"),
				new Unfit("areaNames[0]", notice("\"areaNames\":[\"北部\\n中央\"]"), 2, "line break"),
				new Unfit("translations.en.title",
						notice("\"translations\":{\"en\":{\"title\":\"Heavy\\u000Crain\",\"body\":\"Stay away.\"}}"), 5,
						"U+000C"),
				new Unfit("translations.easy-ja.body",
						notice("\"translations\":{\"easy-ja\":{\"title\":\"あめ\",\"body\":\"かわ\\uFDD0\"}}"), 2,
						"U+FDD0"));
		for (Unfit unfit : cases) {
			create(unfit.json()).andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.title").value("Invalid notice"))
				.andExpect(jsonPath("$.field").value(unfit.field()))
				.andExpect(jsonPath("$.position").value(unfit.position()))
				.andExpect(jsonPath("$.detail").value(containsString(unfit.character())));
		}
	}

	@Test
	void tabsNewlinesEmojiAndPrivateUseCharactersAreText() throws Exception {
		create(notice("\"title\":\"大雨\\t警報 🌧\",\"body\":\"川に\\r\\n近づかないでください。\\uE000𠮷\""))
			.andExpect(status().isCreated());
	}

	@Test
	void aLinkIsAWebAddressOrNothing() throws Exception {
		for (String link : List.of("javascript:alert(document.cookie)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
				"data:text/html,<script>alert(1)</script>", "vbscript:msgbox", "/notices/1", "city.example.jp",
				"ftp://city.example.jp/", "https://", "mailto:bousai@city.example.jp", "http://" + "a".repeat(2_000))) {
			create(notice("\"link\":" + JSON.writeValueAsString(link))).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.field").value("link"))
				.andExpect(jsonPath("$.detail").value(containsString("http")));
		}
		create(notice("\"link\":\"https://city.example.jp/bousai?id=1#map\"")).andExpect(status().isCreated());
		create(notice("\"link\":\"HTTP://city.example.jp/\"")).andExpect(status().isCreated());
	}

	@Test
	void nullInsideListsAndMapsIsAProblemNotAFailure() throws Exception {
		List<String> fields = List.of("\"translations\":{\"en\":null}",
				"\"translations\":{\"en\":{\"title\":null,\"body\":null}}", "\"areaNames\":[null]",
				"\"areaNames\":[\"北部\",null]", "\"areaCodes\":[null]", "\"channels\":[null]",
				"\"translations\":{\"en\":{}}");
		for (String field : fields) {
			create(notice(field)).andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.title").value("Invalid notice"));
		}
	}

	@Test
	void textLongerThanItsColumnIsRefusedNotAFailure() throws Exception {
		create(notice("\"topic\":\"" + "防".repeat(65) + "\"")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("topic"));
		create(notice("\"translations\":{\"en\":{\"title\":\"" + "a".repeat(201) + "\",\"body\":\"b\"}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("translations.en.title"));
	}

	@Test
	void aCancellationReasonIsCheckedLikeTheNotice() throws Exception {
		String location = create(notice("\"draft\":true")).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(post(location + "/cancel").with(user("kiki").roles("EMERGENCY"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\":\"誤\\u0000報\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("reason"))
			.andExpect(jsonPath("$.position").value(1));
	}

	@Test
	void anUpdateIsCheckedLikeANewNotice() throws Exception {
		String location = create(notice("\"draft\":true")).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(post(location + "/update").with(user("kiki").roles("EMERGENCY"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(notice("\"title\":\"更新\\u0001\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("title"));
	}

	private ResultActions create(String json) throws Exception {
		return mvc.perform(post("/api/notices").with(user("kiki").roles("EMERGENCY"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	/**
	 * A valid draft notice to the website, with one field replaced (JSON members later in
	 * the object win).
	 */
	private static String notice(String member) {
		return "{\"title\":\"大雨警報\",\"body\":\"川に近づかないでください。\",\"channels\":[\"website\"],\"draft\":true," + member
				+ "}";
	}

}

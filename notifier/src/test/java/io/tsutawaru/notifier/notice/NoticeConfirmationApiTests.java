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

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What a notice asks of its residents (issue 18, item 1): {@code confirmation} and
 * {@code escalateAfterMinutes} are stored with the notice and answered back; a word or a
 * wait that cannot be is a 400 naming the field.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NoticeConfirmationApiTests extends LocalServers {

	@Autowired
	MockMvc mvc;

	@Test
	void aNoticeAsksWhatStaffChoseAndClientsThatSayNothingAskNothing() throws Exception {
		String safety = create(notice("\"confirmation\":\"safety\",\"escalateAfterMinutes\":30"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(get(safety).with(user("kiki").roles("EMERGENCY")))
			.andExpect(jsonPath("$.confirmation").value("safety"))
			.andExpect(jsonPath("$.escalateAfterMinutes").value(30));
		String ack = create(notice("\"confirmation\":\"acknowledge\"")).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(get(ack).with(user("kiki").roles("EMERGENCY")))
			.andExpect(jsonPath("$.confirmation").value("acknowledge"))
			.andExpect(jsonPath("$.escalateAfterMinutes").value(nullValue()));
		String plain = create(notice("\"title\":\"お知らせ\"")).andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(get(plain).with(user("kiki").roles("EMERGENCY")))
			.andExpect(jsonPath("$.confirmation").value("none"))
			.andExpect(jsonPath("$.escalateAfterMinutes").value(nullValue()));
	}

	/** A member, the field the problem names, and a word its detail holds. */
	record Wrong(String member, String field, String says) {
	}

	@Test
	void aWordOrAWaitThatCannotBeIsAProblemNamingTheField() throws Exception {
		for (Wrong wrong : List.of(new Wrong("\"confirmation\":\"maybe\"", "confirmation", "maybe"),
				new Wrong("\"confirmation\":\"\"", "confirmation", "none, acknowledge or safety"),
				new Wrong("\"confirmation\":\"safety\",\"escalateAfterMinutes\":0", "escalateAfterMinutes", "1440"),
				new Wrong("\"confirmation\":\"safety\",\"escalateAfterMinutes\":-5", "escalateAfterMinutes", "1440"),
				new Wrong("\"confirmation\":\"acknowledge\",\"escalateAfterMinutes\":1441", "escalateAfterMinutes",
						"1440"),
				new Wrong("\"escalateAfterMinutes\":30", "escalateAfterMinutes", "confirmation"),
				new Wrong("\"confirmation\":\"none\",\"escalateAfterMinutes\":30", "escalateAfterMinutes",
						"confirmation"))) {
			create(notice(wrong.member())).andExpect(status().isBadRequest())
				.andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.field").value(wrong.field()))
				.andExpect(jsonPath("$.detail").value(containsString(wrong.says())));
		}
	}

	private ResultActions create(String json) throws Exception {
		return mvc.perform(post("/api/notices").with(user("kiki").roles("EMERGENCY"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json));
	}

	private static String notice(String member) {
		return "{\"title\":\"大雨警報\",\"body\":\"川に近づかないでください。\",\"channels\":[\"website\"],\"draft\":true," + member
				+ "}";
	}

}

package io.tsutawaru.notifier.publishing;

import org.junit.jupiter.api.Test;

import io.tsutawaru.notifier.LocalServers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The public answer pages' limit per client address, through the pages themselves with
 * the service's default (30 requests a minute): the 31st request of an address gets a
 * kind page in the resident's language with 429 and {@code Retry-After}, another address
 * is unaffected, and a forwarded header the service was not told to trust changes
 * nothing. (The bucket's refilling: {@link AnswerPageLimitTests}.)
 */
@SpringBootTest
@AutoConfigureMockMvc
class AnswerPagesRateLimitTests extends LocalServers {

	@Autowired
	MockMvc mvc;

	@Test
	void theThirtyFirstRequestOfAnAddressGetsAKindPageWith429AndAnotherAddressIsUnaffected() throws Exception {
		for (int i = 0; i < 15; i++) {
			mvc.perform(get("/answers/v1.not-a-token").with(from("192.0.2.40"))).andExpect(status().isNotFound());
			mvc.perform(answer().with(from("192.0.2.40"))).andExpect(status().isNotFound());
		}

		mvc.perform(get("/answers/v1.not-a-token").param("lang", "en").with(from("192.0.2.40")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", "2"))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().contentType("text/html;charset=UTF-8"))
			.andExpect(content().string(containsString("<html lang=\"en\"")))
			.andExpect(content().string(containsString("too many requests from your connection")));
		mvc.perform(answer().with(from("192.0.2.40")))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(containsString("<html lang=\"ja\"")))
			.andExpect(content().string(containsString("少し待ってから")));
		mvc.perform(get("/answers/v1.not-a-token").header("X-Forwarded-For", "192.0.2.41")
			.header("Forwarded", "for=192.0.2.41")
			.with(from("192.0.2.40"))).andExpect(status().isTooManyRequests());

		mvc.perform(get("/answers/v1.not-a-token").with(from("192.0.2.41"))).andExpect(status().isNotFound());
		mvc.perform(answer().with(from("192.0.2.41"))).andExpect(status().isNotFound());
	}

	static MockHttpServletRequestBuilder answer() {
		return post("/answers").contentType(MediaType.APPLICATION_FORM_URLENCODED).param("token", "v1.not-a-token");
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}

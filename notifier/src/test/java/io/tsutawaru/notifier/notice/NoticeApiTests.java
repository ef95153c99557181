package io.tsutawaru.notifier.notice;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tsutawaru.notifier.LocalServers;
import io.tsutawaru.notifier.NoticeState;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.Preferences;
import io.tsutawaru.notifier.Subscribers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The staff REST API: roles, approval by a second member of staff, audit, counts and
 * problem details.
 */
@SpringBootTest
@AutoConfigureMockMvc
class NoticeApiTests extends LocalServers {

	static final String MULTICAST = "/v2/bot/message/multicast";

	@Autowired
	MockMvc mvc;

	@Autowired
	Notices notices;

	@Autowired
	Subscribers subscribers;

	String area;

	@BeforeEach
	void reset() {
		gateways.resetAll();
		gateways.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo(MULTICAST))
			.willReturn(aResponse().withStatus(200).withBody("{}")));
		area = freshArea();
	}

	@Test
	void prStaffMayNotSendAnEmergency() throws Exception {
		mvc.perform(post("/api/notices", notice("emergency", "line"), staff("hiroko", "PR")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.title").value("Not allowed"))
			.andExpect(jsonPath("$.detail").value("Only emergency staff may send an emergency notice"))
			.andExpect(jsonPath("$.code").value("EMERGENCY_STAFF_ONLY"));
	}

	@Test
	void emergencyStaffSendAtOnceAndSeeTheAudienceAndPerChannelCounts() throws Exception {
		resident();
		resident();

		String location = mvc.perform(post("/api/notices", notice("emergency", "line"), staff("kiki", "EMERGENCY")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("sending"))
			.andExpect(jsonPath("$.audience.line").value(2))
			.andExpect(jsonPath("$.audience.email").value(0))
			.andReturn()
			.getResponse()
			.getHeader("Location");

		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		await().atMost(Duration.ofSeconds(60)).until(() -> notices.find(id).state() == NoticeState.SENT);
		mvc.perform(get(location).with(staff("kiki", "EMERGENCY")))
			.andExpect(jsonPath("$.status").value("sent"))
			.andExpect(jsonPath("$.channels.line.planned").value(2))
			.andExpect(jsonPath("$.channels.line.sent").value(2))
			.andExpect(jsonPath("$.channels.line.failed").value(0));
		gateways.verify(1, postRequestedFor(urlEqualTo(MULTICAST)));
	}

	@Test
	void aPrNoticeWaitsForASecondMemberOfStaffAndEverythingIsAudited() throws Exception {
		resident();
		String location = mvc.perform(post("/api/notices", notice("info", "line"), staff("hiroko", "PR")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("awaiting-approval"))
			.andReturn()
			.getResponse()
			.getHeader("Location");
		gateways.verify(0, postRequestedFor(urlEqualTo(MULTICAST)));

		mvc.perform(post(location + "/approve", null, staff("hiroko", "PR")))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("A second member of staff must approve this notice, not its author"));
		mvc.perform(post(location + "/approve", null, staff("kenta", "PR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.approvedBy").value("kenta"));
		mvc.perform(post(location + "/approve", null, staff("kenta", "PR"))).andExpect(status().isConflict());

		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		await().atMost(Duration.ofSeconds(60)).until(() -> notices.find(id).state() == NoticeState.SENT);
		gateways.verify(1, postRequestedFor(urlEqualTo(MULTICAST)));
		assertThat(notices.history(id)).extracting(e -> e.actor() + ":" + e.action())
			.containsExactly("hiroko:created", "hiroko:submitted", "kenta:approved", "kenta:scheduled", "kenta:sending",
					"system:sent");
	}

	@Test
	void answersProblemDetailsForBadInputAndUnknownNotices() throws Exception {
		mvc.perform(post("/api/notices", """
				{"title":"t","body":"b","channels":["line"],"segmentRule":"area = \\"北部\\" and"}
				""", staff("kiki", "EMERGENCY")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.title").value("Invalid segment rule"))
			.andExpect(jsonPath("$.detail").value("Expected an attribute (area, age, language) or a quoted interest "
					+ "but found the end of the rule (at position 15)"))
			.andExpect(jsonPath("$.position").value(15))
			// A code and its values, for a client that says it in its own language (the
			// console does).
			.andExpect(jsonPath("$.code").value("EXPECTED"))
			.andExpect(jsonPath("$.arguments[0]").value("ATTRIBUTE"))
			.andExpect(jsonPath("$.arguments[1]").value(""));
		mvc.perform(post("/api/notices", "{\"title\":\"t\",\"body\":\"b\",\"channels\":[\"fax\"]}",
				staff("kiki", "EMERGENCY")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Unknown channel 'fax'"))
			.andExpect(jsonPath("$.code").value("UNKNOWN_VALUE"))
			.andExpect(jsonPath("$.arguments[0]").value("channel"))
			.andExpect(jsonPath("$.arguments[1]").value("fax"));
		mvc.perform(get("/api/notices/987654321").with(staff("kiki", "EMERGENCY")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.title").value("Notice not found"));
	}

	@Test
	void aNoticeCarriesItsKindAndClientsThatSendNoneGetAGeneralNotice() throws Exception {
		String general = mvc.perform(post("/api/notices", notice("info", "website"), staff("kiki", "EMERGENCY")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(get(general).with(staff("kiki", "EMERGENCY"))).andExpect(jsonPath("$.kind").value("general"));

		String evacuation = mvc.perform(post("/api/notices", """
				{"title":"避難指示","body":"避難してください。","severity":"emergency","kind":"evacuation-order",
				 "channels":["website"]}
				""", staff("kiki", "EMERGENCY")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		mvc.perform(get(evacuation).with(staff("kiki", "EMERGENCY")))
			.andExpect(jsonPath("$.kind").value("evacuation-order"));

		mvc.perform(
				post("/api/notices", "{\"title\":\"t\",\"body\":\"b\",\"kind\":\"meteor\",\"channels\":[\"website\"]}",
						staff("kiki", "EMERGENCY")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Unknown kind 'meteor'"));
	}

	@Test
	void onlyNoticeStaffReachTheApi() throws Exception {
		mvc.perform(get("/api/notices")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/notices").with(staff("eri", "KB_EDITOR"))).andExpect(status().isForbidden());
		mvc.perform(get("/api/segments/preview").param("rule", "area = \"" + area + "\"").with(staff("hiroko", "PR")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.line").value(0));
	}

	@Test
	void updateAndCancelGoThroughTheApi() throws Exception {
		resident();
		String location = mvc.perform(post("/api/notices", notice("warning", "line"), staff("kiki", "EMERGENCY")))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getHeader("Location");
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		await().atMost(Duration.ofSeconds(60)).until(() -> notices.find(id).state() == NoticeState.SENT);

		mvc.perform(
				post(location + "/update", "{\"title\":\"大雨警報（更新）\",\"body\":\"続いています。\"}", staff("kiki", "EMERGENCY")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(2));
		mvc.perform(post(location + "/cancel", "{\"reason\":\"解除\"}", staff("kiki", "EMERGENCY")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("cancelled"))
			.andExpect(jsonPath("$.revision").value(3));
		await().until(() -> gateways.findAll(postRequestedFor(urlEqualTo(MULTICAST))).size() == 3);
		mvc.perform(get(location + "/history").with(staff("kiki", "EMERGENCY")))
			.andExpect(jsonPath("$[-1].action").value("cancel"))
			.andExpect(jsonPath("$[-1].detail").value("解除"));
	}

	private String notice(String severity, String channel) {
		return """
				{"title":"大雨警報","body":"川に近づかないでください。","severity":"%s","channels":["%s"],
				 "segmentRule":"area = \\"%s\\""}
				""".formatted(severity, channel, area);
	}

	private void resident() {
		String lineUserId = "U" + UUID.randomUUID().toString().replace("-", "");
		subscribers.followed(lineUserId);
		subscribers.updatePreferences(lineUserId, new Preferences(area, null, Set.of(), "ja"));
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder post(String path,
			String json, RequestPostProcessor user) {
		var request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path).with(user);
		return json == null ? request : request.contentType(MediaType.APPLICATION_JSON).content(json);
	}

	private static RequestPostProcessor staff(String name, String role) {
		return user(name).roles(role);
	}

}

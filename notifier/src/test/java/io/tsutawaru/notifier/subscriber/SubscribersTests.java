package io.tsutawaru.notifier.subscriber;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.tsutawaru.notifier.InvalidEmailException;
import io.tsutawaru.notifier.LocalServers;
import io.tsutawaru.notifier.Preferences;
import io.tsutawaru.notifier.Subscriber;
import io.tsutawaru.notifier.SubscriberChanged;
import io.tsutawaru.notifier.SubscriberLeft;
import io.tsutawaru.notifier.SubscriberRegistered;
import io.tsutawaru.notifier.Subscribers;
import io.tsutawaru.notifier.TestSmtp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@Import(SubscribersTests.RecordedEvents.class)
class SubscribersTests extends LocalServers {

	static GreenMail smtp = TestSmtp.server();

	@Autowired
	Subscribers subscribers;

	@Autowired
	RecordedEvents events;

	@Autowired
	MockMvc mvc;

	String lineUserId;

	@BeforeEach
	void newResident() throws Exception {
		lineUserId = "U" + UUID.randomUUID().toString().replace("-", "");
		events.all.clear();
		smtp.purgeEmailFromAllMailboxes();
	}

	@Test
	void registersAFollowerAndPublishesRegistered() {
		Subscriber subscriber = subscribers.followed(lineUserId);

		assertThat(subscriber.active()).isTrue();
		assertThat(subscriber.lineUserId()).isEqualTo(lineUserId);
		assertThat(subscribers.findByLineUserId(lineUserId)).contains(subscriber);
		assertThat(events.all).containsExactly(new SubscriberRegistered(subscriber.id(), registered().at()));
	}

	@Test
	void unfollowingMakesInactiveAndFollowingAgainReactivatesTheSameSubscriber() {
		long id = subscribers.followed(lineUserId).id();

		subscribers.unfollowed(lineUserId);
		assertThat(subscribers.findByLineUserId(lineUserId)).hasValueSatisfying(s -> assertThat(s.active()).isFalse());
		assertThat(events.all).anySatisfy(e -> assertThat(e).isInstanceOf(SubscriberLeft.class));

		Subscriber back = subscribers.followed(lineUserId);
		assertThat(back.id()).isEqualTo(id);
		assertThat(back.active()).isTrue();
	}

	@Test
	void storesPreferencesAndConsent() {
		subscribers.followed(lineUserId);
		var preferences = new Preferences("北部", "30代", Set.of("子育て", "防災"), "easy-ja");

		subscribers.updatePreferences(lineUserId, preferences);
		Subscriber consented = subscribers.recordConsent(lineUserId);

		assertThat(consented.preferences()).isEqualTo(preferences);
		assertThat(consented.consentAt()).isNotNull();
		assertThat(events.all).filteredOn(SubscriberChanged.class::isInstance)
			.singleElement()
			.satisfies(e -> assertThat(((SubscriberChanged) e).subscriberId()).isEqualTo(consented.id()));
	}

	@Test
	void registersAResidentWhoFollowedBeforeTheServiceKnewThem() {
		Subscriber subscriber = subscribers.updatePreferences(lineUserId, new Preferences("南部", null, Set.of(), "ja"));

		assertThat(subscriber.active()).isTrue();
		assertThat(subscriber.preferences().area()).isEqualTo("南部");
	}

	@Test
	void confirmsAnEmailAddressThroughTheLinkInTheMail() throws Exception {
		subscribers.followed(lineUserId);

		subscribers.requestEmail(lineUserId, "hanako@example.jp");

		assertThat(subscribers.findByLineUserId(lineUserId).orElseThrow().emailConfirmed()).isFalse();
		MimeMessage[] mails = smtp.getReceivedMessagesForDomain("example.jp");
		assertThat(mails).hasSize(1);
		String body = (String) mails[0].getContent();
		String path = body.substring(body.indexOf("/subscribers/confirm?token=")).strip().split("\\s")[0];
		mvc.perform(get(path)).andExpect(status().isOk());
		Subscriber confirmed = subscribers.findByLineUserId(lineUserId).orElseThrow();
		assertThat(confirmed.email()).isEqualTo("hanako@example.jp");
		assertThat(confirmed.emailConfirmed()).isTrue();
		mvc.perform(get(path)).andExpect(status().isNotFound());
	}

	@Test
	void rejectsAnInvalidAddressWithoutSendingMail() {
		subscribers.followed(lineUserId);

		for (String bad : List.of("", "hanako", "hanako@", "hanako@localhost", "Hanako <h@example.jp>",
				"a b@example.jp")) {
			assertThatThrownBy(() -> subscribers.requestEmail(lineUserId, bad))
				.isInstanceOf(InvalidEmailException.class)
				.satisfies(ex -> assertThat(ex.getMessage()).doesNotContain("@example"));
		}
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void removesAnEmailAddress() {
		subscribers.followed(lineUserId);
		subscribers.requestEmail(lineUserId, "taro@example.jp");

		subscribers.removeEmail(lineUserId);

		Subscriber subscriber = subscribers.findByLineUserId(lineUserId).orElseThrow();
		assertThat(subscriber.email()).isNull();
		assertThat(subscriber.emailConfirmed()).isFalse();
	}

	private SubscriberRegistered registered() {
		return (SubscriberRegistered) events.all.stream()
			.filter(SubscriberRegistered.class::isInstance)
			.findFirst()
			.orElseThrow();
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class RecordedEvents {

		final List<Object> all = new ArrayList<>();

		@EventListener({ SubscriberRegistered.class, SubscriberChanged.class, SubscriberLeft.class })
		void on(Object event) {
			all.add(event);
		}

	}

}

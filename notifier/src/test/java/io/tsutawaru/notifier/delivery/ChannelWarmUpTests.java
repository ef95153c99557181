package io.tsutawaru.notifier.delivery;

import com.icegreen.greenmail.util.GreenMail;
import org.junit.jupiter.api.Test;

import io.tsutawaru.notifier.LocalServers;
import io.tsutawaru.notifier.TestSmtp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
class ChannelWarmUpTests extends LocalServers {

	static final GreenMail smtp = TestSmtp.server();

	@Autowired
	ChannelWarmUp warmUp;

	@Test
	void warmingUpTheChannelsSendsNothingToAnyone() {
		gateways.resetRequests();
		int mailsBefore = smtp.getReceivedMessages().length;

		warmUp.warmUp();

		assertThat(gateways.findAll(anyRequestedFor(anyUrl()))).isEmpty();
		assertThat(smtp.getReceivedMessages()).hasSize(mailsBefore);
	}

	@Test
	void theSampleIsADrillThatGoesToEveryChannel() {
		var sample = ChannelWarmUp.sample();

		assertThat(sample.exercise()).isTrue();
		assertThat(sample.headline("ja")).startsWith("【訓練】");
		assertThat(sample.content().channels()).hasSize(io.tsutawaru.notifier.Channel.values().length);
	}

}

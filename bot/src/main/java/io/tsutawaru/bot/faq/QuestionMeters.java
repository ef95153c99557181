package io.tsutawaru.bot.faq;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tsutawaru.kb.Decision;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Residents' questions by the knowledge base's decision ({@code tsutawaru.bot.questions})
 * and what they did with a choice ({@code tsutawaru.bot.choices}). Counted here, where
 * the bot acts on the decision, so the knowledge base stays free of Micrometer
 * (docs/architecture.md).
 */
@Component
class QuestionMeters {

	private final Counter answered;

	private final Counter choice;

	private final Counter notFound;

	private final Counter picked;

	private final Counter noneOfThese;

	QuestionMeters(ObjectProvider<MeterRegistry> registry) {
		// The bot's own tests run without the actuator, hence without a registry bean.
		MeterRegistry meters = registry.getIfAvailable(SimpleMeterRegistry::new);
		this.answered = counter(meters, "answered");
		this.choice = counter(meters, "choice");
		this.notFound = counter(meters, "not_found");
		this.picked = choice(meters, "picked");
		this.noneOfThese = choice(meters, "none_of_these");
	}

	void decided(Decision decision) {
		switch (decision) {
			case ANSWER -> answered.increment();
			case CHOOSE -> choice.increment();
			case NOT_FOUND -> notFound.increment();
		}
	}

	/** A resident answered a choice of questions: picked one, or said none fits. */
	void chose(boolean pickedOne) {
		(pickedOne ? picked : noneOfThese).increment();
	}

	private static Counter choice(MeterRegistry meters, String outcome) {
		return Counter.builder("tsutawaru.bot.choices")
			.description("Residents' answers to a choice of questions: picked one, or none of these")
			.tag("outcome", outcome)
			.register(meters);
	}

	private static Counter counter(MeterRegistry meters, String outcome) {
		return Counter.builder("tsutawaru.bot.questions")
			.description("Residents' questions by what the bot did: answered, offered a choice, or found nothing")
			.tag("outcome", outcome)
			.register(meters);
	}

}

package io.tsutawaru.batch.retention;

import io.tsutawaru.batch.BatchProperties.Retention;
import io.tsutawaru.bot.BotRetention;
import io.tsutawaru.kb.KnowledgeBaseRetention;
import io.tsutawaru.notifier.NotifierRetention;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The retention rules, each the owning module's retention operation under the policy's
 * period for it. The job only schedules, chunks and counts; what a row is and how its
 * personal data goes stays with the module that owns the table, so a renamed table or
 * column is the owner's change, tested where the owner is.
 */
@Configuration(proxyBeanMethods = false)
class RetentionRules {

	@Bean
	RetentionRule forgetLeftSubscribers(NotifierRetention notifier) {
		return new RetentionRule("forgetLeftSubscribers", Retention::leftSubscribers, notifier::leftSubscribersBefore,
				notifier::forgetLeftSubscribers);
	}

	@Bean
	RetentionRule eraseDeliveryRecipients(NotifierRetention notifier) {
		return new RetentionRule("eraseDeliveryRecipients", Retention::deliveries, notifier::finishedDeliveriesBefore,
				notifier::eraseDeliveryRecipients);
	}

	@Bean
	RetentionRule deleteConversationLog(BotRetention bot) {
		return new RetentionRule("deleteConversationLog", Retention::conversations, bot::conversationLogBefore,
				bot::deleteConversationLog);
	}

	@Bean
	RetentionRule deleteClosedHandOffs(BotRetention bot) {
		return new RetentionRule("deleteClosedHandOffs", Retention::conversations, bot::handOffsClosedBefore,
				bot::deleteClosedHandOffs);
	}

	@Bean
	RetentionRule deleteQuestionCards(BotRetention bot) {
		return new RetentionRule("deleteQuestionCards", Retention::conversations, bot::questionCardsBefore,
				bot::deleteQuestionCards);
	}

	@Bean
	RetentionRule deleteClosedReportPhotos(BotRetention bot) {
		return new RetentionRule("deleteClosedReportPhotos", Retention::reportPhotosAfterClosure,
				bot::reportPhotosClosedBefore, bot::deleteReportPhotos);
	}

	@Bean
	RetentionRule deleteUnansweredQuestions(KnowledgeBaseRetention knowledgeBase) {
		return new RetentionRule("deleteUnansweredQuestions", Retention::unansweredQuestions,
				knowledgeBase::unansweredQuestionsBefore, knowledgeBase::deleteUnansweredQuestions);
	}

}

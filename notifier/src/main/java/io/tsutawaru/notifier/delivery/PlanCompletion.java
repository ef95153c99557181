package io.tsutawaru.notifier.delivery;

import java.time.Instant;

import io.tsutawaru.notifier.DeliveryBatchSent;
import io.tsutawaru.notifier.DeliveryBatchSent.Plan;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the rest of the notifier where a version's delivery stands, through
 * {@link DeliveryBatchSent} only: after each finished batch, after a plan with nothing
 * (more) to send, and again from the sweeper for a finished version whose announcement a
 * crash lost. A version is announced finished at least once; listeners take a second time
 * as nothing.
 */
@Component
class PlanCompletion {

	private final DeliveryProgress progress;

	private final PlanTable plans;

	private final ApplicationEventPublisher events;

	PlanCompletion(DeliveryProgress progress, PlanTable plans, ApplicationEventPublisher events) {
		this.progress = progress;
		this.plans = plans;
		this.events = events;
	}

	/** A batch was finished: announced with where its version stands now. */
	void batchFinished(DeliveryBatch batch, int sent, int failed) {
		Plan plan = planOf(batch.noticeId(), batch.revision());
		events.publishEvent(new DeliveryBatchSent(batch.noticeId(), batch.revision(), batch.channel(), sent, failed,
				Instant.now(), plan));
		announced(batch.noticeId(), batch.revision(), plan);
	}

	/**
	 * A version was planned (or found planned): announced when nothing of it is left to
	 * send.
	 */
	void planned(long noticeId, int revision) {
		Plan plan = planOf(noticeId, revision);
		if (plan.finished()) {
			events.publishEvent(DeliveryBatchSent.finished(noticeId, revision, plan, Instant.now()));
			announced(noticeId, revision, plan);
		}
	}

	/** Announces every finished version whose announcement was lost. */
	void announceMissed() {
		for (PlanTable.Version version : plans.finishedUnannounced()) {
			planned(version.noticeId(), version.revision());
		}
	}

	private Plan planOf(long noticeId, int revision) {
		Boolean failures = progress.finishedWithFailures(noticeId, revision);
		return failures == null ? Plan.UNDERWAY : failures ? Plan.FINISHED_WITH_FAILURES : Plan.FINISHED;
	}

	/**
	 * Recorded after the listeners ran: a crash in between announces it again, never not
	 * at all.
	 */
	private void announced(long noticeId, int revision, Plan plan) {
		if (plan.finished()) {
			plans.announced(noticeId, revision);
		}
	}

}

-- Escalation re-checks answers when its batch is sent (issue 18): the batches are written when the escalation is
-- planned, and a resident who answers between planning and sending is not sent the alert again. The first worker to
-- send a batch screens it once, in one statement, and records here who was left out and when they had answered, so
-- the ledger still accounts for every planned recipient (planned = sent + failed + skipped_answered) and a re-run of
-- the batch after a crash sends to exactly the residents the first run screened in, never to one twice.
CREATE TABLE escalation_skips (
    batch_id      BIGINT NOT NULL REFERENCES delivery_batches (id),
    subscriber_id BIGINT NOT NULL,
    answered_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (batch_id, subscriber_id)
);

ALTER TABLE delivery_batches ADD COLUMN screened_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE delivery_batches ADD COLUMN skipped_answered INTEGER NOT NULL DEFAULT 0;

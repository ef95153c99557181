-- Escalation (issue 18, item 1): once per notice that asks, residents it reached who have not answered after the
-- notice's escalate_after_minutes get it again on their other channel. One row per notice is the claim: the version
-- sent again, the last subscriber planned (batches and cursor are committed together, so a crash midway is continued,
-- never repeated), a lease so that one process plans while the others wait, and how many residents it planned per
-- channel or found with no other channel.
CREATE TABLE notice_escalations (
    notice_id         BIGINT NOT NULL PRIMARY KEY REFERENCES notices (id),
    revision          INTEGER NOT NULL,
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    subscriber_cursor BIGINT NOT NULL DEFAULT 0,
    leased_by         VARCHAR(200),
    leased_until      TIMESTAMP WITH TIME ZONE,
    done_at           TIMESTAMP WITH TIME ZONE,
    line              BIGINT NOT NULL DEFAULT 0,
    email             BIGINT NOT NULL DEFAULT 0,
    no_other_channel  BIGINT NOT NULL DEFAULT 0
);

-- An escalation's batches are ledger rows like any other (attempts, retries, failures), marked so that the follow-up
-- can count who was reached again.
ALTER TABLE delivery_batches ADD COLUMN escalation BOOLEAN NOT NULL DEFAULT FALSE;

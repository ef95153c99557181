-- The delivery plan's state is the delivery's own (issue 19, item 1): it lived on the notices row, so the notice and
-- the delivery code both wrote that row. One row per notice: the latest published version to deliver (written in the
-- publication's transaction, so a version is never published without the delivery knowing), the stages claimed for
-- it, the cursor of the recipients planned in chunks, and the version whose end was last announced.
CREATE TABLE delivery_plans (
    notice_id                   BIGINT NOT NULL PRIMARY KEY REFERENCES notices (id),
    revision                    INTEGER NOT NULL,
    requested_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    planned_revision            INTEGER NOT NULL DEFAULT 0,
    recipients_planned_revision INTEGER NOT NULL DEFAULT 0,
    recipients_cursor_revision  INTEGER NOT NULL DEFAULT 0,
    recipients_cursor           BIGINT NOT NULL DEFAULT 0,
    recipients_progress_at      TIMESTAMP WITH TIME ZONE,
    announced_revision          INTEGER NOT NULL DEFAULT 0
);

-- Notices still sending have their end announced again once their plan is found finished; the others are done.
INSERT INTO delivery_plans (notice_id, revision, requested_at, planned_revision, recipients_planned_revision,
        recipients_cursor_revision, recipients_cursor, recipients_progress_at, announced_revision)
    SELECT id, revision, updated_at, planned_revision, recipients_planned_revision, recipients_cursor_revision,
        recipients_cursor, recipients_progress_at, CASE WHEN state = 'SENDING' THEN 0 ELSE revision END
    FROM notices WHERE revision > 0;

ALTER TABLE notices DROP COLUMN planned_revision;
ALTER TABLE notices DROP COLUMN recipients_planned_revision;
ALTER TABLE notices DROP COLUMN recipients_cursor_revision;
ALTER TABLE notices DROP COLUMN recipients_cursor;
ALTER TABLE notices DROP COLUMN recipients_progress_at;

-- A lease per batch: the worker sending a batch holds it until leased_until and renews it while it sends, so no
-- other worker sends the batch while the first is alive; when the holder dies the lease runs out and the batch is
-- taken again (nothing lost under kill -9).
ALTER TABLE delivery_batches ADD COLUMN leased_by VARCHAR(200);
ALTER TABLE delivery_batches ADD COLUMN leased_until TIMESTAMP WITH TIME ZONE;

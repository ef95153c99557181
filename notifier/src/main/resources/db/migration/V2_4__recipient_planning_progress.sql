-- The recipients of a large notice are planned in chunks, each committed and queued at once, so sending starts
-- while the rest is still being planned. The cursor (the last subscriber id planned for that revision) lets a
-- planner that died midway be continued by another process instead of starting over; the time lets the sweeper
-- tell a planner that died from one that is still working.
ALTER TABLE notices ADD COLUMN recipients_cursor_revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE notices ADD COLUMN recipients_cursor BIGINT NOT NULL DEFAULT 0;
ALTER TABLE notices ADD COLUMN recipients_progress_at TIMESTAMP WITH TIME ZONE;

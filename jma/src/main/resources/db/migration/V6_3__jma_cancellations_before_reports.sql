-- A 取消 can arrive before the report it cancels (two feeds, a feed read late, an entry retried): the event is then
-- remembered with no notice, cancelled through the 取消's ReportDateTime, so the cancelled report — issued at or
-- before that time — is recorded as ignored when it arrives instead of sending an alert JMA already withdrew. A
-- report issued after the 取消 starts the event again, as a report after a cancelled notice does.
ALTER TABLE jma_events ALTER COLUMN notice_id DROP NOT NULL;
ALTER TABLE jma_events ADD COLUMN cancelled_through TIMESTAMP WITH TIME ZONE;

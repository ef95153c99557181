-- Recurring broadcasts are handed to the notifier by a plain task of every minute, no longer by a Spring Batch job
-- (1,440 job instances a day): the primary key of batch_broadcast_occurrences alone makes each occurrence go out
-- once. Each occurrence now says when it was handed over, which the console's schedule page shows instead of the
-- job's runs; rows from before this migration have none.
ALTER TABLE batch_broadcast_occurrences ADD COLUMN handed_over_at TIMESTAMP WITH TIME ZONE;

-- The old job's runs leave the job repository now rather than over the job-history retention (400 days).
DELETE FROM BATCH_STEP_EXECUTION_CONTEXT WHERE STEP_EXECUTION_ID IN (
    SELECT s.STEP_EXECUTION_ID FROM BATCH_STEP_EXECUTION s
    JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID
    JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
    WHERE i.JOB_NAME = 'scheduledBroadcastJob');
DELETE FROM BATCH_STEP_EXECUTION WHERE JOB_EXECUTION_ID IN (
    SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e
    JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
    WHERE i.JOB_NAME = 'scheduledBroadcastJob');
DELETE FROM BATCH_JOB_EXECUTION_CONTEXT WHERE JOB_EXECUTION_ID IN (
    SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e
    JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
    WHERE i.JOB_NAME = 'scheduledBroadcastJob');
DELETE FROM BATCH_JOB_EXECUTION_PARAMS WHERE JOB_EXECUTION_ID IN (
    SELECT e.JOB_EXECUTION_ID FROM BATCH_JOB_EXECUTION e
    JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID
    WHERE i.JOB_NAME = 'scheduledBroadcastJob');
DELETE FROM BATCH_JOB_EXECUTION WHERE JOB_INSTANCE_ID IN (
    SELECT JOB_INSTANCE_ID FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'scheduledBroadcastJob');
DELETE FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'scheduledBroadcastJob';

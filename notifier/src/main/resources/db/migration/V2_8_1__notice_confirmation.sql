-- What a notice asks of its residents (NONE, ACKNOWLEDGE, SAFETY) and after how many minutes without an answer it
-- reaches them again on their other channels (NULL: never). Notices written before ask nothing.
ALTER TABLE notices ADD COLUMN confirmation VARCHAR(16) NOT NULL DEFAULT 'NONE';
ALTER TABLE notices ADD COLUMN escalate_after_minutes INTEGER;

-- The emergency screen lists the drafts JMA's telegrams made that nobody sent yet (JmaDrafts): read by action, so a
-- draft is found however many telegrams were ignored after it.
CREATE INDEX jma_telegrams_action ON jma_telegrams (action, received_at);

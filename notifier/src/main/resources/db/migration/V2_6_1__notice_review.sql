-- The four-eyes rule for PR notices. edited_by: who changed the notice since it was last approved (one name a line);
-- neither they nor its author may approve it. returned_*: the last time a reviewer sent it back (差し戻し) and why.
ALTER TABLE notices ADD COLUMN edited_by TEXT NOT NULL DEFAULT '';
ALTER TABLE notices ADD COLUMN returned_by VARCHAR(100);
ALTER TABLE notices ADD COLUMN returned_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE notices ADD COLUMN return_comment TEXT;

-- A follow-up of a published notice, held until a second member of staff approves it: the published version stays as
-- it was until then. One per notice (a new edit replaces it); state AWAITING_APPROVAL or RETURNED.
CREATE TABLE notice_follow_ups (
    notice_id      BIGINT NOT NULL PRIMARY KEY REFERENCES notices (id),
    title          VARCHAR(200) NOT NULL,
    body           TEXT NOT NULL,
    link           VARCHAR(2000),
    translations   TEXT NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE,
    state          VARCHAR(24) NOT NULL,
    edited_by      TEXT NOT NULL,
    edited_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    returned_by    VARCHAR(100),
    returned_at    TIMESTAMP WITH TIME ZONE,
    return_comment TEXT
);

-- Residents' answers to notices that ask (issue 18, item 1): one row per notice and resident, so a second answer
-- changes the first and two taps at once cannot count twice. What a resident who needs help shared (where, a note)
-- and the member of staff who followed it up are kept with the answer.
CREATE TABLE safety_answers (
    notice_id      BIGINT NOT NULL REFERENCES notices (id),
    subscriber_id  BIGINT NOT NULL REFERENCES subscribers (id) ON DELETE CASCADE,
    answer         VARCHAR(8) NOT NULL,
    channel        VARCHAR(16) NOT NULL,
    answered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    latitude       DOUBLE PRECISION,
    longitude      DOUBLE PRECISION,
    note           VARCHAR(500),
    handled_by     VARCHAR(100),
    handled_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (notice_id, subscriber_id)
);

CREATE INDEX safety_answers_help ON safety_answers (notice_id, answer);

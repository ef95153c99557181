-- Opens per emergency notice as LINE counts them for the notice's aggregation unit (issue 18): the last figure LINE
-- gave (NULL when LINE withholds a small one) and when it was asked.
CREATE TABLE line_opens (
    notice_id      BIGINT PRIMARY KEY REFERENCES notices (id) ON DELETE CASCADE,
    opened         BIGINT,
    counted_at     TIMESTAMP WITH TIME ZONE NOT NULL
);

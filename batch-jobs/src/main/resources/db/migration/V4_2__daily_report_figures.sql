-- The figures deliveryReportJob computes each day, kept so that the console can chart any period without
-- recounting the delivery ledger ("day" is a keyword in H2, hence report_day). One row per day and subject; a day's rows are written by one job instance.
CREATE TABLE batch_delivery_figures (
    report_day DATE NOT NULL,
    notice_id  BIGINT NOT NULL,
    title      VARCHAR(200) NOT NULL,
    channel    VARCHAR(16) NOT NULL,
    planned    BIGINT NOT NULL,
    sent       BIGINT NOT NULL,
    failed     BIGINT NOT NULL,
    PRIMARY KEY (report_day, notice_id, channel)
);

CREATE TABLE batch_feedback_figures (
    report_day DATE NOT NULL,
    category   VARCHAR(100) NOT NULL,
    solved     BIGINT NOT NULL,
    unsolved   BIGINT NOT NULL,
    PRIMARY KEY (report_day, category)
);

CREATE TABLE batch_unanswered_figures (
    report_day DATE NOT NULL,
    normalized VARCHAR(1000) NOT NULL,
    language   VARCHAR(20) NOT NULL,
    question   TEXT NOT NULL,
    asked      BIGINT NOT NULL,
    PRIMARY KEY (report_day, normalized, language)
);

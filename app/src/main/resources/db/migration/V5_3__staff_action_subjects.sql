-- Reading residents' personal data (hand-offs, reports, their photos) is recorded beside the changes: which records
-- were read, by their ids (never their content), e.g. "handoff:12" or "report:R-000007".
ALTER TABLE staff_actions ADD COLUMN subjects VARCHAR(4000);

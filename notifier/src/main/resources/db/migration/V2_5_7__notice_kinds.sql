-- What a notice is (NoticeKind's id): CAP's event and category, L-Alert's category and the wording of an update
-- or a cancellation come from it. Notices written before kinds existed are general notices.
ALTER TABLE notices ADD COLUMN kind VARCHAR(32) NOT NULL DEFAULT 'general';

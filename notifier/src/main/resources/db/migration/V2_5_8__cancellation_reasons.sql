-- Why staff cancelled a notice: a cancellation version carries the reason on every channel (CAP's note, L-Alert's
-- errata) beside its own text, which says what is cancelled and why.
ALTER TABLE notice_revisions ADD COLUMN reason TEXT;

-- What staff need to answer a hand-off well: the question that failed (the resident's words, removed with the
-- hand-off by the retention job), the resident's LINE display name, and who ended it (staff, or the resident
-- who left with 「やめる」).
ALTER TABLE bot_hand_offs ADD COLUMN question VARCHAR(1000);
ALTER TABLE bot_hand_offs ADD COLUMN display_name VARCHAR(100);
ALTER TABLE bot_hand_offs ADD COLUMN closed_by VARCHAR(16);

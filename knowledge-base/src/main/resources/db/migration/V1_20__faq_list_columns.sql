-- What the console's FAQ list sorts and filters by, kept beside each entry so that the database pages the list:
-- the id with its numbers padded (kosodate-2 before kosodate-10), and whether the question or answer still holds a
-- shared template's text. Both are written with the entry; rows from before this column are filled on start.
ALTER TABLE kb_faq_entries ADD COLUMN sort_key VARCHAR(400);
ALTER TABLE kb_faq_entries ADD COLUMN template_text BOOLEAN;

CREATE INDEX kb_faq_entries_sort_key ON kb_faq_entries (sort_key);
CREATE INDEX kb_faq_entries_category ON kb_faq_entries (category, sort_key);
CREATE INDEX kb_answer_feedback_unsolved ON kb_answer_feedback (faq_id, solved, given_at);

-- The template's blank numbers (「○時○分から」, 「○月○日（○）」, 「△階」) count as template text from now on:
-- every entry's flag is computed again at the next start (FaqStore.fillListColumns fills the NULLs).
UPDATE kb_faq_entries SET template_text = NULL;

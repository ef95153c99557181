package io.tsutawaru.kb.editing;

import io.tsutawaru.kb.Contact;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.text.DocumentText;

/**
 * The text of an imported row without the characters no channel can carry (control
 * characters, noncharacters, half characters; see {@link DocumentText}). An import is
 * cleaned rather than refused: such characters come from the programs a file passed
 * through, nobody can see them in Excel to remove them, and a row must not be lost over
 * one.
 */
final class ImportedText {

	private ImportedText() {
	}

	static FaqEntry cleaned(FaqEntry entry) {
		if (entry == null) {
			return null;
		}
		Contact contact = entry.contact() == null ? null
				: new Contact(DocumentText.fit(entry.contact().phone()), DocumentText.fit(entry.contact().hours()));
		return new FaqEntry(DocumentText.fit(entry.id()), DocumentText.fit(entry.question()),
				entry.alternatives().stream().map(DocumentText::fit).filter(text -> !text.isBlank()).toList(),
				DocumentText.fit(entry.answer()), DocumentText.fit(entry.category()),
				DocumentText.fit(entry.department()), contact, entry.url(), entry.language(), entry.updatedAt(),
				entry.published());
	}

}

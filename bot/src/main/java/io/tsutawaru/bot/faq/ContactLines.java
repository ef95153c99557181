package io.tsutawaru.bot.faq;

import io.tsutawaru.bot.BotProperties;
import io.tsutawaru.bot.conversation.ResidentTexts;
import io.tsutawaru.kb.FaqEntry;

import org.springframework.stereotype.Component;

/**
 * Writes where a resident can call: the department behind an answer, or the city's
 * general line, with the line's name and hours in the resident's language when the city
 * (or, for the default line, the project) translated them.
 */
@Component
class ContactLines {

	private final ResidentTexts texts;

	private final BotProperties.GeneralContact general;

	ContactLines(ResidentTexts texts, BotProperties properties) {
		this.texts = texts;
		this.general = properties.generalContact();
	}

	/** The department of an entry when it has a phone number, else the general line. */
	String forEntry(FaqEntry entry, String language) {
		if (entry == null || entry.contact() == null || blank(entry.contact().phone())) {
			return general(language);
		}
		String department = blank(entry.department()) ? name(language) : entry.department();
		return line(language, department, entry.contact().phone(), entry.contact().hours());
	}

	String general(String language) {
		if (blank(general.phone())) {
			return texts.text(language, "contact.name-only", name(language));
		}
		return line(language, name(language), general.phone(), hours(language));
	}

	private String name(String language) {
		BotProperties.ContactTranslation translation = general.translations().get(language);
		if (translation != null && !blank(translation.name())) {
			return translation.name();
		}
		return BotProperties.DEFAULT_CONTACT_NAME.equals(general.name())
				? texts.label(language, "contact.general.default-name", general.name()) : general.name();
	}

	private String hours(String language) {
		BotProperties.ContactTranslation translation = general.translations().get(language);
		return translation != null && !blank(translation.hours()) ? translation.hours() : general.hours();
	}

	private String line(String language, String name, String phone, String hours) {
		return blank(hours) ? texts.text(language, "contact.phone", name, phone)
				: texts.text(language, "contact.phone-hours", name, phone, hours);
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}

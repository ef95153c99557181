package io.tsutawaru.app.console;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.tsutawaru.kb.Contact;
import io.tsutawaru.kb.FaqEntry;
import io.tsutawaru.kb.InvalidFaqEntryException;

/**
 * What the FAQ entry form posts; alternatives are one per line, as staff think of them.
 */
public class FaqEntryForm {

	private String id = "";

	private String question = "";

	private String alternatives = "";

	private String answer = "";

	private String category = "";

	private String department = "";

	private String phone = "";

	private String hours = "";

	private String url = "";

	private String language = "ja";

	private boolean published = true;

	/** A new entry with an id staff need not invent: the date and a short random part. */
	static FaqEntryForm fresh(String question, String language, Clock city) {
		FaqEntryForm form = new FaqEntryForm();
		form.id = "city-" + LocalDate.now(city) + "-" + UUID.randomUUID().toString().substring(0, 6);
		form.question = question == null ? "" : question;
		form.language = language == null || language.isBlank() ? "ja" : language;
		return form;
	}

	static FaqEntryForm of(FaqEntry entry) {
		FaqEntryForm form = new FaqEntryForm();
		form.id = entry.id();
		form.question = entry.question();
		form.alternatives = String.join("\n", entry.alternatives());
		form.answer = entry.answer();
		form.category = nonNull(entry.category());
		form.department = nonNull(entry.department());
		form.phone = entry.contact() == null ? "" : nonNull(entry.contact().phone());
		form.hours = entry.contact() == null ? "" : nonNull(entry.contact().hours());
		form.url = entry.url() == null ? "" : entry.url().toString();
		form.language = entry.language();
		form.published = entry.published();
		return form;
	}

	FaqEntry toEntry() {
		List<String> phrasings = Arrays.stream(alternatives.split("\\R"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.toList();
		Contact contact = phone.isBlank() && hours.isBlank() ? null
				: new Contact(blankToNull(phone), blankToNull(hours));
		return new FaqEntry(id.strip(), question.strip(), phrasings, answer.strip(), blankToNull(category),
				blankToNull(department), contact, link(), language.strip(), null, published);
	}

	private URI link() {
		if (url.isBlank()) {
			return null;
		}
		try {
			URI link = new URI(url.strip());
			if (link.getScheme() == null || !link.getScheme().startsWith("http")) {
				throw new InvalidFaqEntryException(InvalidFaqEntryException.Problem.URL_INVALID);
			}
			return link;
		}
		catch (URISyntaxException ex) {
			throw new InvalidFaqEntryException(InvalidFaqEntryException.Problem.URL_UNREADABLE, url);
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String nonNull(String value) {
		return value == null ? "" : value;
	}

	public String getId() {
		return id;
	}

	public void setId(String id) {
		this.id = nonNull(id);
	}

	public String getQuestion() {
		return question;
	}

	public void setQuestion(String question) {
		this.question = nonNull(question);
	}

	public String getAlternatives() {
		return alternatives;
	}

	public void setAlternatives(String alternatives) {
		this.alternatives = nonNull(alternatives);
	}

	public String getAnswer() {
		return answer;
	}

	public void setAnswer(String answer) {
		this.answer = nonNull(answer);
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = nonNull(category);
	}

	public String getDepartment() {
		return department;
	}

	public void setDepartment(String department) {
		this.department = nonNull(department);
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = nonNull(phone);
	}

	public String getHours() {
		return hours;
	}

	public void setHours(String hours) {
		this.hours = nonNull(hours);
	}

	public String getUrl() {
		return url;
	}

	public void setUrl(String url) {
		this.url = nonNull(url);
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = nonNull(language);
	}

	public boolean isPublished() {
		return published;
	}

	public void setPublished(boolean published) {
		this.published = published;
	}

}

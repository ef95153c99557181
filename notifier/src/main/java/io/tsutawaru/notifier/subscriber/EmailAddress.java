package io.tsutawaru.notifier.subscriber;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import io.tsutawaru.notifier.InvalidEmailException;

/**
 * Checks an address a resident typed, strictly enough that mail to it can be attempted.
 */
final class EmailAddress {

	private EmailAddress() {
	}

	/**
	 * The trimmed address, or an {@link InvalidEmailException} that says why without
	 * repeating it.
	 */
	static String checked(String email) {
		if (email == null || email.isBlank()) {
			throw new InvalidEmailException("it is empty");
		}
		String trimmed = email.strip();
		if (trimmed.length() > 254) {
			throw new InvalidEmailException("it is longer than 254 characters");
		}
		try {
			InternetAddress address = new InternetAddress(trimmed, true);
			address.validate();
			String domain = trimmed.substring(trimmed.lastIndexOf('@') + 1);
			// InternetAddress accepts a personal name part and dotless hosts; residents'
			// addresses have neither.
			if (!trimmed.equals(address.getAddress()) || !domain.contains(".") || domain.endsWith(".")) {
				throw new InvalidEmailException("it needs the form name@domain.example");
			}
			return trimmed;
		}
		catch (AddressException ex) {
			throw new InvalidEmailException("it needs the form name@domain.example");
		}
	}

}

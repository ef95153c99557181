package io.tsutawaru.batch.subscriber;

import java.util.Optional;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * Checks an address from an old list as strictly as the notifier checks one a resident
 * types (its check is not public API yet), so that nothing imported bounces for being
 * malformed.
 */
final class ImportedEmail {

	private ImportedEmail() {
	}

	/**
	 * Why the address is unusable, or empty when it is fine. Never repeats the address.
	 */
	static Optional<String> problem(String email) {
		if (email.isEmpty()) {
			return Optional.of("the e-mail address is empty");
		}
		if (email.length() > 254) {
			return Optional.of("the e-mail address is longer than 254 characters");
		}
		try {
			InternetAddress address = new InternetAddress(email, true);
			address.validate();
			String domain = email.substring(email.lastIndexOf('@') + 1);
			if (!email.equals(address.getAddress()) || !domain.contains(".") || domain.endsWith(".")) {
				return Optional.of("the e-mail address needs the form name@domain.example");
			}
			return Optional.empty();
		}
		catch (AddressException ex) {
			return Optional.of("the e-mail address needs the form name@domain.example");
		}
	}

}

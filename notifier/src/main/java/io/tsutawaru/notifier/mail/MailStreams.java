package io.tsutawaru.notifier.mail;

import org.springframework.util.ClassUtils;

/**
 * Jakarta Mail 2.1 looks up its stream provider through {@code ServiceLoader} for every
 * message it writes, which reads the service files of every jar on the class path each
 * time (jakartaee/mail-api issues 699 and 861); in the e-mail benchmark's profile that
 * was half of the notifier's own work per mail. The look-up consults a system property of
 * the same name first, so naming the one implementation on the class path (Eclipse Angus,
 * which Spring Boot's mail starter brings) turns it into a class look-up. A value already
 * set is left alone.
 */
final class MailStreams {

	static final String PROPERTY = "jakarta.mail.util.StreamProvider";

	static final String ANGUS = "org.eclipse.angus.mail.util.MailStreamProvider";

	private MailStreams() {
	}

	static void lookUpOnce() {
		if (System.getProperty(PROPERTY) == null && ClassUtils.isPresent(ANGUS, MailStreams.class.getClassLoader())) {
			System.setProperty(PROPERTY, ANGUS);
		}
	}

}

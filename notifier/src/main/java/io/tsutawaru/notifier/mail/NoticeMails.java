package io.tsutawaru.notifier.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;

import io.tsutawaru.notifier.NoticeWords;
import io.tsutawaru.notifier.NotifierProperties;
import io.tsutawaru.notifier.PublishedNotice;
import io.tsutawaru.notifier.delivery.DeliveryBatch;
import io.tsutawaru.text.DocumentText;

/**
 * The mail of a notice in one language, with the List-Unsubscribe header mail clients
 * show as a button. Everything that is the same for every resident (sender, date, encoded
 * subject, the text encoded in base64, the other headers) is rendered to bytes once per
 * batch; each resident's message writes its own {@code Message-ID} and {@code To} headers
 * and then those bytes. Building and encoding a full MIME message per resident cost more
 * CPU than sending it: first Spring's MimeMessageHelper (it reads the MIME type files
 * from the class path for every message), then Jakarta Mail itself (scanning and
 * base64-encoding the same text, formatting the same headers and date for every
 * resident), see docs/benchmarks.md, Notifier. A notice that asks (issue 18) carries each
 * resident's own signed answer links, so then only the headers are shared and the text is
 * encoded per resident ({@link ResidentText}).
 */
final class NoticeMails {

	/** Written by each resident's message itself, so left out of the shared bytes. */
	private static final String[] PER_RESIDENT = { "Message-ID", "To" };

	private final Session session;

	private final InternetAddress from;

	private final byte[] shared;

	/** Message ids: unique per batch by a random prefix, per resident by a counter. */
	private final String idPrefix = UUID.randomUUID().toString();

	private final AtomicLong nextId = new AtomicLong();

	private final String idDomain;

	/** Each resident's own text (their answer links), or null when all read the same. */
	private final ResidentText ownText;

	NoticeMails(Session session, PublishedNotice notice, String language, URI page, NotifierProperties.Mail settings)
			throws MessagingException {
		this(session, notice, language, page, settings, AnswerLinkLines.NONE);
	}

	/**
	 * @param answers the lines of each resident's own answer links: when the notice asks
	 * something, the text differs per resident, and only the headers are shared
	 */
	NoticeMails(Session session, PublishedNotice notice, String language, URI page, NotifierProperties.Mail settings,
			AnswerLinkLines answers) throws MessagingException {
		this.session = session;
		this.from = new InternetAddress(settings.from());
		String domain = from.getAddress().substring(from.getAddress().indexOf('@') + 1);
		this.idDomain = domain.isEmpty() ? "tsutawaru.local" : domain;
		MimeMessage template = new MimeMessage(session);
		template.setFrom(from);
		try {
			template.setHeader("Subject", MimeUtility.fold(9,
					MimeUtility.encodeText(DocumentText.fit(notice.headline(language)), "UTF-8", null)));
		}
		catch (UnsupportedEncodingException ex) {
			throw new MessagingException("UTF-8 is not supported", ex);
		}
		template.setSentDate(new Date());
		String before = DocumentText.fit(notice.body(language)) + "\n\n";
		String after = page + "\n\n-- \n" + NoticeWords.text(language, "mail.unsubscribe");
		template.setText(before + after, "UTF-8");
		template.setHeader("List-Unsubscribe", "<mailto:" + settings.unsubscribeAddress() + "?subject=unsubscribe>");
		// Lets mail servers and clients group a notice's updates with the original.
		template.setHeader("X-Tsutawaru-Notice", notice.noticeId() + "/" + notice.revision());
		if (answers != AnswerLinkLines.NONE) {
			template.setHeader("Content-Transfer-Encoding", "base64");
		}
		template.saveChanges();
		var bytes = new ByteArrayOutputStream(2048);
		try {
			template.writeTo(bytes, PER_RESIDENT);
		}
		catch (IOException ex) {
			throw new MessagingException("Rendering the mail failed", ex);
		}
		this.shared = answers == AnswerLinkLines.NONE ? bytes.toByteArray()
				: ResidentText.headersOf(bytes.toByteArray());
		this.ownText = answers == AnswerLinkLines.NONE ? null : new ResidentText(before, answers, after);
	}

	/** The message to one resident, ready to send. */
	MimeMessage to(DeliveryBatch.Address recipient) throws MessagingException {
		return to(recipient, () -> {
		});
	}

	/**
	 * The message to one resident, ready to send.
	 * @param beforeEnd run when the content is written, before the transport ends the
	 * message with its final "." (the moment the server accepts it); what it throws
	 * aborts the message
	 */
	MimeMessage to(DeliveryBatch.Address recipient, Runnable beforeEnd) throws MessagingException {
		byte[] content = ownText == null ? shared : ownText.after(shared, recipient.subscriberId());
		return new ResidentMessage(session, from, new InternetAddress(recipient.value()),
				"<" + idPrefix + "." + nextId.incrementAndGet() + "@" + idDomain + ">", content, beforeEnd);
	}

	/**
	 * One resident's message: its envelope (sender, recipient) as a normal message for
	 * the SMTP transport, its content written as its own headers followed by the shared
	 * bytes.
	 */
	private static final class ResidentMessage extends MimeMessage {

		private final byte[] head;

		private final byte[] shared;

		private final Runnable beforeEnd;

		ResidentMessage(Session session, InternetAddress from, InternetAddress to, String messageId, byte[] shared,
				Runnable beforeEnd) throws MessagingException {
			super(session);
			setFrom(from);
			setRecipient(Message.RecipientType.TO, to);
			this.head = ("Message-ID: " + messageId + "\r\nTo: " + to.toString() + "\r\n")
				.getBytes(StandardCharsets.UTF_8);
			this.shared = shared;
			this.beforeEnd = beforeEnd;
		}

		@Override
		public void writeTo(OutputStream out, String[] ignoreList) throws IOException {
			out.write(head);
			out.write(shared);
			out.flush();
			try {
				beforeEnd.run();
			}
			catch (RuntimeException ex) {
				throw new IOException("The message was not finished: " + ex.getMessage(), ex);
			}
		}

		@Override
		public void writeTo(OutputStream out) throws IOException {
			writeTo(out, null);
		}

		/**
		 * Nothing to update: the content was rendered when the batch's mail was prepared.
		 */
		@Override
		public void saveChanges() {
		}

		@Override
		public int getSize() {
			return head.length + shared.length;
		}

	}

}

package io.tsutawaru.app.console;

import java.util.List;
import java.util.Map;

import io.tsutawaru.app.embedded.EmbeddedMailbox;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The embedded SMTP server's mailbox: what the service sent by e-mail when no mail server
 * is configured. A city's notice goes to thousands of addresses, so the mails are paged
 * and searched by address and subject, and shown folded (one line each) until staff open
 * one.
 */
@Controller
class MailboxController {

	static final int PAGE_SIZE = 50;

	private final ObjectProvider<EmbeddedMailbox> mailbox;

	MailboxController(ObjectProvider<EmbeddedMailbox> mailbox) {
		this.mailbox = mailbox;
	}

	@GetMapping("/console/mailbox")
	String mailbox(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "1") int page, Model model) {
		EmbeddedMailbox embedded = mailbox.getIfAvailable();
		model.addAttribute("embedded", embedded != null);
		model.addAttribute("q", q);
		int asked = Paging.asked(page);
		EmbeddedMailbox.MailboxPage mails = embedded == null ? new EmbeddedMailbox.MailboxPage(0, List.of())
				: embedded.page(q, (long) (asked - 1) * PAGE_SIZE, PAGE_SIZE);
		model.addAttribute("total", embedded == null ? 0 : embedded.count());
		model.addAttribute("messages", mails.messages());
		model.addAttribute("paging", new Paging(asked, PAGE_SIZE, mails.total(), "/console/mailbox", Map.of("q", q)));
		return "console/mailbox";
	}

}

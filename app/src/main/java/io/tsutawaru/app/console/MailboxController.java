package io.tsutawaru.app.console;

import io.tsutawaru.app.embedded.EmbeddedMailbox;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The embedded SMTP server's mailbox: what the service sent by e-mail when no mail server is configured. */
@Controller
class MailboxController {

	private static final int SHOWN = 200;

	private final ObjectProvider<EmbeddedMailbox> mailbox;

	MailboxController(ObjectProvider<EmbeddedMailbox> mailbox) {
		this.mailbox = mailbox;
	}

	@GetMapping("/console/mailbox")
	String mailbox(Model model) {
		EmbeddedMailbox embedded = mailbox.getIfAvailable();
		model.addAttribute("embedded", embedded != null);
		model.addAttribute("total", embedded == null ? 0 : embedded.count());
		model.addAttribute("messages", embedded == null ? java.util.List.of() : embedded.newest(SHOWN));
		return "console/mailbox";
	}

}

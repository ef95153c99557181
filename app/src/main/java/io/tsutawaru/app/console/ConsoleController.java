package io.tsutawaru.app.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The entry pages: the root and the login form. */
@Controller
class ConsoleController {

	@GetMapping("/")
	String root() {
		return "redirect:/console";
	}

	@GetMapping("/login")
	String login() {
		return "login";
	}

}

package io.tsutawaru.app.console;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The entry pages: login and the console's home. */
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

	@GetMapping("/console")
	String home() {
		return "console/home";
	}

}

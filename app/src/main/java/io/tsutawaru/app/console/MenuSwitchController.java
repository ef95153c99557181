package io.tsutawaru.app.console;

import io.tsutawaru.bot.MenuMode;
import io.tsutawaru.bot.RichMenuUnavailableException;
import io.tsutawaru.bot.RichMenus;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The emergency screen's one action for the LINE menu: every resident's menu becomes the
 * disaster menu, or the everyday menus again. The mode is in the address, so the audit
 * log's row says which way staff switched.
 */
@Controller
class MenuSwitchController {

	private final RichMenus menus;

	MenuSwitchController(RichMenus menus) {
		this.menus = menus;
	}

	@PostMapping("/console/emergency/menu/{mode:disaster|normal}")
	String switchMenu(@PathVariable String mode, Authentication user, RedirectAttributes redirect) {
		try {
			RichMenus.MenuState state = menus.switchTo(MenuMode.valueOf(mode.toUpperCase(java.util.Locale.ROOT)),
					user.getName());
			redirect.addFlashAttribute("menuSwitched", state.mode().name().toLowerCase(java.util.Locale.ROOT));
		}
		catch (RichMenuUnavailableException ex) {
			// LINE's status, never a resident: the switch may be repeated, which finishes
			// what LINE left undone.
			redirect.addFlashAttribute("menuProblem", ex.getMessage());
		}
		return "redirect:/console/emergency#line-menu";
	}

}

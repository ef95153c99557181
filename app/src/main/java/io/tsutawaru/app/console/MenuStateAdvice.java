package io.tsutawaru.app.console;

import io.tsutawaru.bot.RichMenus;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives the emergency screen the account's menu mode for its menu switch. An advice
 * rather than a field of {@link EmergencyController}, so the screen's form and the switch
 * stay apart.
 */
@ControllerAdvice(assignableTypes = EmergencyController.class)
class MenuStateAdvice {

	private final RichMenus menus;

	MenuStateAdvice(RichMenus menus) {
		this.menus = menus;
	}

	@ModelAttribute("menuState")
	RichMenus.MenuState menuState() {
		return menus.state();
	}

}

package io.tsutawaru.bot.menu;

import java.util.List;

import com.linecorp.bot.messaging.model.RichMenuArea;
import com.linecorp.bot.messaging.model.RichMenuBounds;
import com.linecorp.bot.messaging.model.RichMenuRequest;
import com.linecorp.bot.messaging.model.RichMenuSize;

/**
 * A menu as the service defines it: its size (one of LINE's: 2500×1686 or 2500×843), the
 * text of the chat bar (at most 14 characters) and its buttons.
 */
record MenuLayout(MenuKind kind, int width, int height, String chatBarText, List<MenuButton> buttons) {

	MenuLayout {
		buttons = List.copyOf(buttons);
	}

	/**
	 * The rich menu object LINE is sent; {@code selected} opens the menu when the chat
	 * opens.
	 */
	RichMenuRequest request(String name) {
		List<RichMenuArea> areas = buttons.stream()
			.map(button -> new RichMenuArea(new RichMenuBounds((long) button.bounds().x, (long) button.bounds().y,
					(long) button.bounds().width, (long) button.bounds().height), button.action()))
			.toList();
		return new RichMenuRequest(new RichMenuSize((long) width, (long) height), true, name, chatBarText, areas);
	}

}

package io.tsutawaru.bot.menu;

import java.awt.Color;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

import com.linecorp.bot.messaging.model.Action;
import com.linecorp.bot.messaging.model.MessageAction;
import com.linecorp.bot.messaging.model.PostbackAction;
import io.tsutawaru.bot.conversation.PostbackData;
import io.tsutawaru.bot.conversation.ResidentTexts;
import io.tsutawaru.bot.conversation.Topic;

import org.springframework.stereotype.Component;

/**
 * The three menus. Labels are Japanese: a rich menu is one image for the whole account
 * (or for all residents linked to it), and Japanese is what every resident of the city
 * can be expected to read on it; the answers to a tap come in the resident's own
 * language.
 */
@Component
class MenuLayouts {

	/** LINE's large menu; the disaster menu's four buttons need the room. */
	static final int WIDTH = 2500;

	static final int FULL_HEIGHT = 1686;

	static final int COMPACT_HEIGHT = 843;

	/**
	 * The postbacks other conversations answer (issue 18): safety confirmation and the
	 * nearest shelters.
	 */
	static final String SAFETY_DATA = "c=safe&a=start";

	static final String SHELTER_DATA = "c=shel&a=start";

	private static final Color WHITE = Color.WHITE;

	private static final Color NAVY = new Color(0x0D3B66);

	private static final Color GREEN = new Color(0x1B5E20);

	private static final Color RED = new Color(0xA50E0E);

	private static final Color GREY = new Color(0x37474F);

	private static final int GAP = 12;

	private final ResidentTexts texts;

	MenuLayouts(ResidentTexts texts) {
		this.texts = texts;
	}

	MenuLayout of(MenuKind kind) {
		return switch (kind) {
			case GUEST -> compact(kind, button("menu.register", settings(), NAVY), latest(GREY), report(GREEN));
			case RESIDENT -> compact(kind, button("menu.settings", settings(), NAVY), latest(GREY), report(GREEN));
			case DISASTER -> new MenuLayout(kind, WIDTH, FULL_HEIGHT, ja("menu.chat-bar.disaster"),
					grid(List.of(latest(RED), button("menu.safety", postback("menu.safety", SAFETY_DATA), GREEN),
							button("menu.shelter", postback("menu.shelter", SHELTER_DATA), NAVY), report(GREY)), 2,
							FULL_HEIGHT / 2));
		};
	}

	private MenuLayout compact(MenuKind kind, Drawn... buttons) {
		return new MenuLayout(kind, WIDTH, COMPACT_HEIGHT, ja("menu.chat-bar"),
				grid(List.of(buttons), 3, COMPACT_HEIGHT));
	}

	/**
	 * Buttons left to right, top to bottom; the tap areas tile the image with no gap, the
	 * drawing keeps one.
	 */
	private static List<MenuButton> grid(List<Drawn> drawn, int columns, int rowHeight) {
		List<MenuButton> buttons = new ArrayList<>();
		int columnWidth = WIDTH / columns;
		for (int i = 0; i < drawn.size(); i++) {
			int column = i % columns;
			int width = column == columns - 1 ? WIDTH - column * columnWidth : columnWidth;
			Rectangle bounds = new Rectangle(column * columnWidth, (i / columns) * rowHeight, width, rowHeight);
			Drawn button = drawn.get(i);
			buttons.add(new MenuButton(button.label(), button.action(), bounds, button.background(), WHITE));
		}
		return buttons;
	}

	/** The margin drawn between buttons, inside each tap area. */
	static int gap() {
		return GAP;
	}

	private Drawn latest(Color background) {
		return button("menu.latest", postback("menu.latest", PostbackData.of(Topic.MENU, "latest").encode()),
				background);
	}

	/** The existing report conversation starts on its command word, as if typed. */
	private Drawn report(Color background) {
		return button("menu.report", new MessageAction(ja("menu.report"), ja("report.start.command")), background);
	}

	private Action settings() {
		return new MessageAction(ja("menu.settings"), firstWord("command.settings"));
	}

	private Action postback(String labelKey, String data) {
		String label = ja(labelKey);
		return new PostbackAction(label, data, label, null, null, null);
	}

	private Drawn button(String labelKey, Action action, Color background) {
		return new Drawn(ja(labelKey), action, background);
	}

	private String firstWord(String commandKey) {
		return ja(commandKey).split("\\|")[0];
	}

	private String ja(String key) {
		return texts.text("ja", key);
	}

	private record Drawn(String label, Action action, Color background) {
	}

}

package io.tsutawaru.bot.menu;

import java.awt.Color;
import java.awt.Rectangle;

import com.linecorp.bot.messaging.model.Action;

/**
 * One tap area of a menu and how it is drawn.
 *
 * @param label the words drawn on the image (LINE shows the image only, so these are what
 * residents read)
 * @param action what the tap does
 * @param bounds where it is, in the image's pixels
 * @param background the area's colour
 * @param foreground the label's colour; at least 4.5:1 against the background (WCAG AA
 * for text)
 */
record MenuButton(String label, Action action, Rectangle bounds, Color background, Color foreground) {
}

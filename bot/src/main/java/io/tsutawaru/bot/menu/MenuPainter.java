package io.tsutawaru.bot.menu;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Draws a menu's image with Java2D: each button a coloured tile with its label in the
 * largest size that fits. LINE takes a PNG or JPEG of at most 1 MB in the menu's exact
 * size; flat tiles and text compress far below that.
 */
@Component
class MenuPainter {

	/** LINE's limit for a rich menu image. */
	static final int MAX_BYTES = 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(MenuPainter.class);

	/**
	 * Fonts known to carry Japanese, tried first; any installed font that can show the
	 * labels comes next.
	 */
	private static final List<String> PREFERRED = List.of("Noto Sans CJK JP", "Noto Sans JP", "Source Han Sans JP",
			"IPAexGothic", "IPAGothic", "Hiragino Sans", "Yu Gothic", "Meiryo", "TakaoGothic", "VL Gothic");

	private volatile String family;

	/** The PNG of a layout. */
	byte[] draw(MenuLayout layout) {
		BufferedImage image = new BufferedImage(layout.width(), layout.height(), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.setColor(java.awt.Color.WHITE);
			graphics.fillRect(0, 0, layout.width(), layout.height());
			String fontFamily = family(layout);
			for (MenuButton button : layout.buttons()) {
				drawButton(graphics, button, fontFamily);
			}
		}
		finally {
			graphics.dispose();
		}
		return png(image);
	}

	private static void drawButton(Graphics2D graphics, MenuButton button, String fontFamily) {
		int gap = MenuLayouts.gap();
		Rectangle tile = new Rectangle(button.bounds().x + gap, button.bounds().y + gap,
				button.bounds().width - 2 * gap, button.bounds().height - 2 * gap);
		graphics.setColor(button.background());
		graphics.fillRoundRect(tile.x, tile.y, tile.width, tile.height, 48, 48);
		Font font = fitted(graphics, button.label(), fontFamily, tile);
		graphics.setFont(font);
		FontMetrics metrics = graphics.getFontMetrics();
		int x = tile.x + (tile.width - metrics.stringWidth(button.label())) / 2;
		int y = tile.y + (tile.height - metrics.getHeight()) / 2 + metrics.getAscent();
		graphics.setColor(button.foreground());
		graphics.drawString(button.label(), x, y);
	}

	/**
	 * The largest bold size up to a third of the tile's height whose label fits in 85 %
	 * of its width.
	 */
	private static Font fitted(Graphics2D graphics, String label, String fontFamily, Rectangle tile) {
		int size = tile.height / 3;
		Font font = new Font(fontFamily, Font.BOLD, size);
		while (size > 24 && graphics.getFontMetrics(font).stringWidth(label) > tile.width * 0.85) {
			size -= 4;
			font = font.deriveFont((float) size);
		}
		return font;
	}

	/**
	 * The font family used for every label, found once. Without a font that can show
	 * Japanese the images would show boxes, so that is said in one line: the menus still
	 * work (taps do not depend on the image), but residents cannot read them until a CJK
	 * font (Debian: fonts-noto-cjk) is installed and the service restarted.
	 */
	String family(MenuLayout layout) {
		String chosen = family;
		if (chosen == null) {
			String labels = String.join("", layout.buttons().stream().map(MenuButton::label).toList());
			chosen = japaneseFont(labels).orElseGet(() -> {
				log.warn("No font on this machine can draw the rich menus' Japanese labels; the menu images will show "
						+ "empty boxes until a CJK font (Debian: fonts-noto-cjk) is installed");
				return Font.SANS_SERIF;
			});
			family = chosen;
		}
		return chosen;
	}

	static Optional<String> japaneseFont(String text) {
		List<String> installed = List
			.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
		return Stream.concat(PREFERRED.stream().filter(installed::contains), installed.stream())
			.filter(name -> new Font(name, Font.BOLD, 12).canDisplayUpTo(text) == -1)
			// Java's logical fonts may borrow glyphs they do not own; only a physical
			// font gives the same image
			// on every start.
			.filter(name -> !List.of(Font.DIALOG, Font.DIALOG_INPUT, Font.SANS_SERIF, Font.SERIF, Font.MONOSPACED)
				.contains(name))
			.findFirst();
	}

	private static byte[] png(BufferedImage image) {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
			ImageIO.write(image, "png", bytes);
			if (bytes.size() > MAX_BYTES) {
				throw new IllegalStateException("A rich menu image came out larger than LINE's 1 MB: " + bytes.size());
			}
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

package io.tsutawaru.bot.menu;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import io.tsutawaru.bot.conversation.ResidentTexts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The drawn images as LINE and residents need them: LINE's sizes and 1 MB, a font that
 * shows every Japanese label, and each label at least 4.5:1 against its tile (WCAG 2.x
 * AA), measured on the drawn pixels.
 */
class MenuPainterTests {

	private final MenuLayouts layouts = new MenuLayouts(new ResidentTexts());

	private final MenuPainter painter = new MenuPainter();

	@ParameterizedTest
	@EnumSource(MenuKind.class)
	void drawsAnImageLineAcceptsInTheMenusSize(MenuKind kind) throws IOException {
		MenuLayout layout = layouts.of(kind);
		byte[] png = painter.draw(layout);

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		assertThat(png.length).isLessThanOrEqualTo(1024 * 1024);
		assertThat(image.getWidth()).isBetween(800, 2500).isEqualTo(layout.width());
		assertThat(image.getHeight()).isGreaterThanOrEqualTo(250).isEqualTo(layout.height());
		assertThat((double) image.getWidth() / image.getHeight()).isGreaterThanOrEqualTo(1.45);
		assertThat(layout.chatBarText().length()).isLessThanOrEqualTo(14);
		assertThat(layout.buttons()).hasSizeBetween(1, 20).allSatisfy(button -> {
			assertThat(button.label().length()).isLessThanOrEqualTo(20);
			assertThat(button.bounds().x + button.bounds().width).isLessThanOrEqualTo(layout.width());
			assertThat(button.bounds().y + button.bounds().height).isLessThanOrEqualTo(layout.height());
		});
	}

	@ParameterizedTest
	@EnumSource(MenuKind.class)
	void everyLabelIsDrawnInAJapaneseFontAtAtLeastFourAndAHalfToOne(MenuKind kind) throws IOException {
		MenuLayout layout = layouts.of(kind);
		String labels = String.join("", layout.buttons().stream().map(MenuButton::label).toList());
		// bin/test installs fonts-noto-cjk; without a CJK font the images would show
		// empty boxes.
		assertThat(MenuPainter.japaneseFont(labels)).isPresent();
		assertThat(painter.family(layout)).isEqualTo(MenuPainter.japaneseFont(labels).orElseThrow());

		BufferedImage image = ImageIO.read(new ByteArrayInputStream(painter.draw(layout)));

		for (MenuButton button : layout.buttons()) {
			var bounds = button.bounds();
			// Inside the tile, left of the centred label.
			Color tile = new Color(image.getRGB(bounds.x + MenuLayouts.gap() + 40, bounds.y + bounds.height / 2));
			assertThat(tile).isEqualTo(button.background());
			int strokes = 0;
			for (int x = bounds.x; x < bounds.x + bounds.width; x++) {
				for (int y = bounds.y; y < bounds.y + bounds.height; y++) {
					Color pixel = new Color(image.getRGB(x, y));
					if (pixel.equals(button.foreground())) {
						strokes++;
					}
				}
			}
			// The label is really there (thousands of pixels of its colour), and it is
			// legible against the tile.
			assertThat(strokes).as(button.label()).isGreaterThan(5_000);
			assertThat(contrast(button.foreground(), tile)).as(button.label()).isGreaterThanOrEqualTo(4.5);
		}
	}

	/** WCAG 2.x contrast ratio. */
	static double contrast(Color a, Color b) {
		double la = luminance(a);
		double lb = luminance(b);
		return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
	}

	private static double luminance(Color color) {
		List<Double> channels = List.of(color.getRed() / 255.0, color.getGreen() / 255.0, color.getBlue() / 255.0)
			.stream()
			.map(c -> c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4))
			.toList();
		return 0.2126 * channels.get(0) + 0.7152 * channels.get(1) + 0.0722 * channels.get(2);
	}

}

package io.tsutawaru.jma;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.tsutawaru.jma.telegram.TelegramKind;

/**
 * A kind of telegram a rule may name, with the levels its minimum may be, for forms that
 * offer them.
 *
 * @param infoKind the telegrams' {@code Head/InfoKind}, as a rule's {@code telegram}
 * names it
 * @param scale the ladder of its levels: intensity, tsunami, weather, landslide, flood,
 * tornado or eruption (kinds of one scale share its levels, and JMA's area codes of one
 * table)
 * @param levels the words a rule's minimum may be, lowest first
 */
public record JmaTelegramKind(String infoKind, String scale, List<String> levels) {

	public JmaTelegramKind {
		levels = List.copyOf(levels);
	}

	/** Every kind rules may name, in the order of {@code JmaRule}'s documentation. */
	public static List<JmaTelegramKind> all() {
		return Arrays.stream(TelegramKind.values())
			.map(kind -> new JmaTelegramKind(kind.infoKind(), kind.scale().name().toLowerCase(Locale.ROOT),
					kind.scale().levels()))
			.toList();
	}

}

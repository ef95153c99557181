package io.tsutawaru.jma.telegram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.w3c.dom.Element;

/**
 * Collects a telegram's areas with their levels. A kind's {@code Status} (or the
 * headline's {@code Condition}) says whether the level is issued, continued or lifted;
 * "none" (なし, 発表警報・注意報はなし) adds nothing.
 */
final class AreaEntries {

	private final List<TelegramArea> areas = new ArrayList<>();

	List<TelegramArea> list() {
		return areas;
	}

	boolean isEmpty() {
		return areas.isEmpty();
	}

	void add(String codeType, Element area, Level level, AreaStatus status) {
		String code = Xml.text(area, null, "Code");
		String name = Xml.text(area, null, "Name");
		if (!code.isEmpty() || !name.isEmpty()) {
			areas.add(new TelegramArea(codeType, code, name, level, status));
		}
	}

	/**
	 * Adds the areas of one warning kind ({@code Kind/Name} with its status word), each
	 * area with the level the name states, or the lifted level when the status lifts it.
	 */
	void addKind(Scale scale, String kindName, String statusWord, String codeType, List<Element> areaElements) {
		Optional<AreaStatus> status = status(statusWord);
		if (status.isEmpty()) {
			return;
		}
		Optional<Level> level = status.get() == AreaStatus.LIFTED ? LevelWords.lifted(scale, kindName)
				: LevelWords.named(scale, kindName);
		if (level.isEmpty() && LevelWords.fold(kindName).contains("解除")) {
			level = LevelWords.lifted(scale, kindName);
			status = Optional.of(AreaStatus.LIFTED);
		}
		if (level.isEmpty() && status.get() == AreaStatus.LIFTED && scale.levels().size() == 1) {
			// 土砂災害警戒情報 and 竜巻注意情報 have one level: a kind named 解除 can only lift that one.
			level = Optional.of(new Level(scale, 1, scale.word(1)));
		}
		if (level.isPresent()) {
			for (Element area : areaElements) {
				add(codeType, area, level.get(), status.get());
			}
		}
		Optional<Level> downgraded = downgraded(scale, kindName, statusWord);
		if (downgraded.isPresent()) {
			for (Element area : areaElements) {
				add(codeType, area, downgraded.get(), AreaStatus.LIFTED);
			}
		}
	}

	/**
	 * The level a change of class lifts (警報から注意報, 特別警報から警報): the kind's phenomenon with
	 * the class it had, so that a rule for warnings sees its warning lifted even though
	 * an advisory remains.
	 */
	static Optional<Level> downgraded(Scale scale, String kindName, String statusWord) {
		String status = LevelWords.fold(statusWord);
		int from = status.indexOf("から");
		if (scale != Scale.WEATHER || from <= 0) {
			return Optional.empty();
		}
		String before = status.substring(0, from);
		String after = status.substring(from + 2);
		String name = LevelWords.fold(kindName);
		OptionalInt beforeRank = scale.rank(before);
		OptionalInt afterRank = scale.rank(after);
		if (beforeRank.isEmpty() || afterRank.isEmpty() || beforeRank.getAsInt() <= afterRank.getAsInt()
				|| !name.endsWith(after)) {
			return Optional.empty();
		}
		String phenomenon = name.substring(0, name.length() - after.length());
		return Optional.of(new Level(scale, beforeRank.getAsInt(), phenomenon + before));
	}

	/** The status a {@code Status} or {@code Condition} word says; empty for "none". */
	static Optional<AreaStatus> status(String word) {
		String folded = LevelWords.fold(word);
		if (folded.contains("解除")) {
			return Optional.of(AreaStatus.LIFTED);
		}
		if (folded.endsWith("なし")) {
			return Optional.empty();
		}
		return Optional.of(folded.contains("継続") ? AreaStatus.CONTINUED : AreaStatus.ISSUED);
	}

	/**
	 * The areas of an {@code Item}: its {@code Area} elements and those of its
	 * {@code Areas}.
	 */
	static List<Element> areasOf(Element item) {
		List<Element> found = new ArrayList<>(Xml.children(item, null, "Area"));
		Xml.children(item, null, "Areas").forEach(areas -> found.addAll(Xml.children(areas, null, "Area")));
		return found;
	}

	/**
	 * The code table of an item's areas: its {@code Areas}' or {@code Area}'s codeType,
	 * else the section's type.
	 */
	static String codeTypeOf(Element item, String sectionType) {
		for (Element areas : Xml.children(item, null, "Areas")) {
			if (!Xml.attribute(areas, "codeType").isEmpty()) {
				return Xml.attribute(areas, "codeType");
			}
		}
		for (Element area : Xml.children(item, null, "Area")) {
			if (!Xml.attribute(area, "codeType").isEmpty()) {
				return Xml.attribute(area, "codeType");
			}
		}
		return sectionType;
	}

}

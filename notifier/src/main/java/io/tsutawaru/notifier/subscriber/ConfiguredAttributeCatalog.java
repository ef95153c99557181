package io.tsutawaru.notifier.subscriber;

import java.util.List;
import java.util.Map;

import io.tsutawaru.notifier.AttributeCatalog;
import io.tsutawaru.notifier.NoticeWords;
import io.tsutawaru.notifier.NotifierProperties;

import org.springframework.stereotype.Component;

/** The attribute values from {@code tsutawaru.notifier.attributes.*}. */
@Component
class ConfiguredAttributeCatalog implements AttributeCatalog {

	private final NotifierProperties.Attributes attributes;

	ConfiguredAttributeCatalog(NotifierProperties properties) {
		this.attributes = properties.attributes();
	}

	@Override
	public List<String> areas() {
		return List.copyOf(attributes.areas());
	}

	@Override
	public List<String> ageBands() {
		return List.copyOf(attributes.ageBands());
	}

	@Override
	public List<String> interests() {
		return List.copyOf(attributes.interests());
	}

	@Override
	public List<String> languages() {
		return List.copyOf(attributes.languages());
	}

	/**
	 * The city's own translation ({@code attributes.area-names.<language>.[<area>]}),
	 * else the shipped one.
	 */
	@Override
	public String areaName(String area, String language) {
		if (language == null || "ja".equals(language)) {
			return area;
		}
		String configured = attributes.areaNames().getOrDefault(language, Map.of()).get(area);
		if (configured != null) {
			return configured;
		}
		String shipped = NoticeWords.exact(language, "area." + area);
		return shipped != null ? shipped : area;
	}

}

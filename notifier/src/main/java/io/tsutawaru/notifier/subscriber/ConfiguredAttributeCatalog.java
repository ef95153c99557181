package io.tsutawaru.notifier.subscriber;

import java.util.List;

import io.tsutawaru.notifier.AttributeCatalog;
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

}

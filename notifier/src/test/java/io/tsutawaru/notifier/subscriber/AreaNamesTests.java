package io.tsutawaru.notifier.subscriber;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.tsutawaru.notifier.NotifierProperties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Areas as residents of each language read them: the city's own names first, then the
 * shipped ones.
 */
class AreaNamesTests {

	@Test
	void aCitysOwnNamesWinOverTheShippedOnesAndAnAreaWithoutOneKeepsItsName() {
		var settings = new MapConfigurationPropertySource(Map.of("tsutawaru.notifier.attributes.areas", "北部,中央,旭ヶ丘",
				"tsutawaru.notifier.attributes.area-names.en.[中央]", "City centre",
				"tsutawaru.notifier.attributes.area-names.en.[旭ヶ丘]", "Asahigaoka"));
		NotifierProperties properties = new Binder(settings).bindOrCreate("tsutawaru.notifier",
				NotifierProperties.class);
		var catalog = new ConfiguredAttributeCatalog(properties);

		assertThat(catalog.areaName("中央", "en")).isEqualTo("City centre");
		assertThat(catalog.areaName("旭ヶ丘", "en")).isEqualTo("Asahigaoka");
		assertThat(catalog.areaName("北部", "en")).isEqualTo("North district");
		assertThat(catalog.areaName("北部", "easy-ja")).isEqualTo("ほくぶ");
		assertThat(catalog.areaName("旭ヶ丘", "easy-ja")).as("no easy-Japanese name: the name itself").isEqualTo("旭ヶ丘");
		assertThat(catalog.areaName("北部", "ja")).isEqualTo("北部");
	}

}

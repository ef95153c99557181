package io.tsutawaru.app.sandbox.line;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.tsutawaru.app.TsutawaruApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sandbox's LINE stand-in keeps the account's rich menus as LINE does (issue 18): a
 * service stopped and started again on the same data directory finds its menus, their
 * images, the default menu, the residents' links and the aliases where they were, so it
 * creates no menu again at the second start (only checks that they exist).
 */
class SandboxRichMenusSurviveARestartTests {

	@Test
	void menusImagesTheDefaultAndLinksAreStillThereAndNotCreatedAgain(@TempDir Path dataDir) {
		Map<String, JsonNode> menus;
		String defaultMenu;
		Map<String, String> aliases;
		long lastCall;
		try (ConfigurableApplicationContext first = start(dataDir)) {
			SandboxRichMenus line = first.getBean(SandboxRichMenus.class);
			menus = line.all();
			assertThat(menus).as("the service's menus, created at its first start").hasSizeGreaterThanOrEqualTo(3);
			defaultMenu = line.defaultMenu().orElseThrow();
			String linked = menus.keySet().stream().filter(id -> !id.equals(defaultMenu)).findFirst().orElseThrow();
			line.link("Ukept-resident", linked);
			line.link("Uleft-resident", linked);
			line.unlink("Uleft-resident");
			aliases = line.aliases();
			assertThat(aliases).as("the menus' aliases")
				.containsOnlyKeys("tsutawaru-guest", "tsutawaru-resident", "tsutawaru-disaster");
			lastCall = first.getBean(LineCallLog.class).all().getLast().seq();
		}

		try (ConfigurableApplicationContext second = start(dataDir)) {
			SandboxRichMenus line = second.getBean(SandboxRichMenus.class);
			assertThat(line.all()).isEqualTo(menus);
			assertThat(line.defaultMenu()).contains(defaultMenu);
			menus.keySet().forEach(id -> assertThat(line.image(id)).as("the image of %s", id).isPresent());
			assertThat(line.linked("Ukept-resident")).isPresent().isNotEqualTo(line.defaultMenu());
			assertThat(line.linked("Uleft-resident")).isEmpty();
			assertThat(line.aliases()).isEqualTo(aliases);
			List<RecordedCall> calls = second.getBean(LineCallLog.class).after(lastCall);
			assertThat(calls).as("the second start's rich menu calls")
				.isNotEmpty()
				.noneMatch(call -> call.method().equals("POST") && call.path().contains("/richmenu"));
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(TsutawaruApplication.class).run("--server.port=0",
				"--tsutawaru.data-dir=" + dataDir);
	}

}

package io.tsutawaru.jma.rule;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every reason and every rule error staff can see has its words in Japanese and in
 * English, and the same keys.
 */
class JmaMessagesTests {

	@Test
	void bothLanguagesHaveTheSameKeys() throws IOException {
		assertThat(bundle("messages_en").stringPropertyNames()).isEqualTo(bundle("messages").stringPropertyNames());
	}

	@Test
	void everyIgnoreReasonHasItsWords() throws IOException {
		Properties japanese = bundle("messages");
		assertThat(Arrays.stream(IgnoreReason.values()).map(IgnoreReason::messageKey)).allMatch(japanese::containsKey);
	}

	@Test
	void everyRuleErrorCodeHasItsWords() throws IOException {
		Properties japanese = bundle("messages");
		Pattern code = Pattern.compile("InvalidJmaRuleException\\([^,]+,\\s*\"([a-z-]+)\"");
		for (String source : new String[] { "RuleCheck.java", "RuleJson.java", "JmaRuleController.java" }) {
			Matcher matcher = code.matcher(Files.readString(Path.of("src/main/java/io/tsutawaru/jma/rule", source)));
			while (matcher.find()) {
				assertThat(japanese).containsKey("jma.rule.invalid." + matcher.group(1));
			}
		}
	}

	@Test
	void everyReasonTheActionsAndTheIntakeRecordHasItsWords() throws IOException {
		Properties japanese = bundle("messages");
		Pattern code = Pattern.compile("\"([a-z]+(?:-[a-z]+)+)(?::[^\"]*)?\"");
		for (String source : new String[] { "action/TelegramActions.java", "feed/TelegramIntake.java" }) {
			Matcher matcher = code.matcher(Files.readString(Path.of("src/main/java/io/tsutawaru/jma", source)));
			int reasons = 0;
			while (matcher.find()) {
				if (!matcher.group(1).startsWith("gave-up")) {
					assertThat(japanese).as(source).containsKey("jma.ignored." + matcher.group(1));
					reasons++;
				}
			}
			assertThat(reasons).as(source).isPositive();
		}
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = JmaMessagesTests.class.getResourceAsStream("/jma/" + name + ".properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}

package io.tsutawaru.app.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import io.tsutawaru.bot.HandOffReplyRejectedException;
import io.tsutawaru.notifier.InvalidNoticeException;
import io.tsutawaru.notifier.InvalidSegmentRuleException;
import io.tsutawaru.notifier.NoticeForbiddenException;
import io.tsutawaru.notifier.NoticeStateException;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff read the console in Japanese or in English, never a mix: every text the console
 * has in one language it has in the other, and the codes other modules give it
 * (segment-rule problems, report categories) have texts in both.
 */
class MessageBundlesTests {

	@Test
	void japaneseAndEnglishHaveTheSameKeys() throws IOException {
		Set<String> japanese = keys("messages.properties");
		Set<String> english = keys("messages_en.properties");

		assertThat(difference(japanese, english)).as("in Japanese only").isEmpty();
		assertThat(difference(english, japanese)).as("in English only").isEmpty();
		assertThat(japanese).hasSizeGreaterThan(400);
	}

	@Test
	void everySegmentRuleProblemIsSaidInBothLanguages() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			Set<String> keys = keys(bundle);
			Arrays.stream(InvalidSegmentRuleException.Problem.values())
				.forEach(problem -> assertThat(keys).as(bundle).contains("segment.problem." + problem.name()));
			Arrays.stream(InvalidSegmentRuleException.Expected.values())
				.forEach(expected -> assertThat(keys).as(bundle).contains("segment.expected." + expected.name()));
		}
	}

	@Test
	void everyNoticeAndHandOffProblemIsSaidInBothLanguages() throws IOException {
		for (String bundle : new String[] { "messages.properties", "messages_en.properties" }) {
			Set<String> keys = keys(bundle);
			Arrays.stream(InvalidNoticeException.Problem.values())
				.forEach(problem -> assertThat(keys).as(bundle).contains("notice.problem." + problem.name()));
			Arrays.stream(NoticeStateException.Problem.values())
				.forEach(problem -> assertThat(keys).as(bundle).contains("notice.conflict." + problem.name()));
			Arrays.stream(NoticeForbiddenException.Problem.values())
				.forEach(problem -> assertThat(keys).as(bundle).contains("notice.forbidden." + problem.name()));
			Arrays.stream(HandOffReplyRejectedException.Problem.values())
				.forEach(problem -> assertThat(keys).as(bundle).contains("handoffs.problem." + problem.name()));
		}
	}

	/**
	 * The console names a report's category with the very text the resident tapped in the
	 * bot.
	 */
	@Test
	void reportCategoriesAreTheBotsOwnLabels() {
		ResourceBundleMessageSource console = new ResourceBundleMessageSource();
		console.setBasenames("messages", "bot/messages");
		console.setDefaultEncoding("UTF-8");
		console.setFallbackToSystemLocale(false);

		assertThat(console.getMessage("report.category.street-light", null, Locale.JAPANESE)).isEqualTo("街灯の故障");
		assertThat(console.getMessage("report.category.street-light", null, Locale.ENGLISH))
			.isEqualTo("Broken street light");
		assertThat(console.getMessage("report.category.road", null, Locale.JAPANESE)).isEqualTo("道路の損傷");
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> only = new TreeSet<>(a);
		only.removeAll(b);
		return only;
	}

	private static Set<String> keys(String bundle) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class.getResourceAsStream("/" + bundle)) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return new TreeSet<>(properties.stringPropertyNames());
	}

}

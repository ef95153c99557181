package io.tsutawaru.app.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.tsutawaru.notifier.Channel;
import io.tsutawaru.notifier.NoticeDraft;
import io.tsutawaru.notifier.Notices;
import io.tsutawaru.notifier.StaffMember;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff read the console in one language at a time (issue 20). The administrator, who may
 * open every page, walks every console page — each page of the menu, the pages they link
 * to (knowledge base, detail pages of a notice, an emergency, a report, a hand-off) —
 * first in Japanese, then in English.
 *
 * <p>
 * The rule, checked on the text a person sees (hidden elements and form values are not
 * read):
 * <ul>
 * <li>Excluded everywhere: what staff or residents wrote (marked {@code translate="no"}
 * in the templates: notice titles, FAQ questions and answers, messages, mail, staff's
 * user names), machine names shown as such ({@code <code>}, {@code <kbd>},
 * {@code <samp>}), text being edited ({@code <textarea>}), and elements that declare
 * another language with {@code lang} (the link to switch language).
 * <li>Japanese pages: no Latin word of two or more letters, once addresses (e-mail, URL,
 * paths), ids such as {@code R-000001} or {@code kosodate-12}, file names, character sets
 * (UTF-8, Shift_JIS) and the names of products and standards staff know by their Latin
 * name (LINE, FAQ, CSV, CAP, L-Alert, PR, API, Excel, tsutawaru, …: {@link #NAMES}) are
 * taken out. {@code 0handedOver} or {@code Unknown attribute} fail; {@code LINE で送る}
 * passes.
 * <li>English pages: no Japanese letter (kana or kanji) outside the excluded parts.
 * </ul>
 */
class OneLanguageBrowserTests extends BrowserTest {

	/** Names staff know in Latin letters, which a Japanese page writes that way too. */
	static final Set<String> NAMES = Set.of("tsutawaru", "LINE", "FAQ", "CSV", "CAP", "L-Alert", "PR", "API", "ID",
			"URL", "JSON", "XML", "SMTP", "Atom", "OpenAPI", "Swagger", "CMS", "JIS", "CC", "BY", "Excel",
			"LocalgovFAQ", "ja", "en", "easy-ja");

	/** Detail pages reached from the lists: one of each kind is enough. */
	static final List<Pattern> DETAILS = List.of(Pattern.compile(".*/console/notices/\\d+$"),
			Pattern.compile(".*/console/compose/\\d+$"), Pattern.compile(".*/console/emergency/\\d+$"),
			Pattern.compile(".*/console/reports/R-\\d+$"), Pattern.compile(".*/console/handoffs/\\d+$"),
			Pattern.compile(".*/console/kb/entries/\\d+$"), Pattern.compile(".*/console/kb/import$"),
			Pattern.compile(".*/console/kb/unanswered(\\?.*)?$"), Pattern.compile(".*/console/kb/feedback$"),
			Pattern.compile(".*/console/kb/entries(\\?.*)?$"), Pattern.compile(".*/console/kb/entries/new$"));

	/**
	 * Returns the visible text of the page outside the excluded parts, one string per
	 * text node.
	 */
	static final String VISIBLE_TEXT = """
			const page = document.documentElement.lang;
			const skip = el => el.closest('script,style,code,kbd,samp,textarea,[translate=no],[hidden]')
			  || [...ancestors(el)].some(a => a.hasAttribute('lang') && a.getAttribute('lang') !== page && a !== document.documentElement);
			function* ancestors(el) { for (let a = el; a; a = a.parentElement) yield a; }
			const texts = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			  const el = node.parentElement;
			  if (!node.textContent.trim() || skip(el) || el.getClientRects().length === 0) continue;
			  texts.push(node.textContent.trim());
			}
			for (const el of document.querySelectorAll('input[placeholder],textarea[placeholder],[aria-label],[title]')) {
			  if (skip(el)) continue;
			  for (const name of ['placeholder', 'aria-label', 'title']) if (el.getAttribute(name)) texts.push(el.getAttribute(name));
			}
			return texts;""";

	private static final Pattern ALLOWED = Pattern.compile(
			"\\bUTF-8\\b|\\bShift_JIS\\b|[\\w.+-]+@[\\w.-]+|https?://\\S*|(?<![\\w])/[\\w/{}.:?=&%-]*|\\b[A-Za-z]+(-[A-Za-z]+)*-\\d+\\b|\\b[\\w-]+\\.(csv|json|atom|png|jpg|xml)\\b");

	private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z][A-Za-z-]*[A-Za-z]");

	private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

	@Autowired
	Notices notices;

	final SandboxChat chat = new SandboxChat(this);

	@Test
	void everyConsolePageIsInJapaneseOnly() {
		long notice = seed();
		signInAs("admin");
		Map<String, List<String>> leaks = walk("ja", notice, OneLanguageBrowserTests::englishIn);
		assertThat(leaks).as("English on the Japanese console").isEmpty();
	}

	@Test
	void everyConsolePageIsInEnglishOnlyWhenEnglishIsChosen() {
		long notice = seed();
		signInAs("admin");
		open("/console?lang=en");
		Map<String, List<String>> leaks = walk("en", notice, OneLanguageBrowserTests::japaneseIn);
		open("/console?lang=ja");
		assertThat(leaks).as("Japanese on the English console").isEmpty();
	}

	@Test
	void thePublicPagesLanguageLeavesTheStaffsAlone() {
		signInAs("admin");
		open("/notices?lang=en");
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		open("/console");
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ja");
		assertThat(japaneseIn(browser.findElement(By.tagName("h1")).getText())).isNotEmpty();
	}

	/**
	 * The knowledge base's trial answers a question in English; the console stays in the
	 * staff's Japanese.
	 */
	@Test
	void askingTheKnowledgeBaseInEnglishLeavesTheConsoleInJapanese() {
		signInAs("editor");
		open("/console/kb");
		byId("q").sendKeys("garbage collection");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.cssSelector(".search-form select")))
			.selectByValue("en");
		byId("try").click();
		waitFor().until(driver -> driver.findElements(By.id("result")).size() == 1);
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ja");
		open("/console");
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ja");
	}

	@Test
	void aReportsCategoryReadsToStaffAsTheResidentChoseIt() {
		String resident = "街灯" + UUID.randomUUID().toString().substring(0, 6);
		String number = report(resident, "街灯の故障");
		signInAs("desk");
		open("/console/reports");
		WebElement row = browser.findElement(By.xpath("//tr[.//a[normalize-space(.)='" + number + "']]"));
		assertThat(row.getText()).contains("街灯の故障");
		browser.findElement(By.linkText(number)).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("街灯の故障");
		open("/console/reports/" + number + "?lang=en");
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Broken street light");
		open("/console/reports?lang=ja");
	}

	@Test
	void theBatchJobsSchedulesAreSaidInWords() {
		signInAs("admin");
		open("/console/admin/jobs");
		assertThat(byId("job-deliveryReportJob").getText()).contains("毎日 0:30").doesNotContain("0 30 0 * * *");
		assertThat(byId("job-faqImportJob").getText()).contains("必要なときに実行", "FAQ の取り込み");
		open("/console/admin/jobs?lang=en");
		assertThat(byId("job-deliveryReportJob").getText()).contains("Every day at 0:30");
		open("/console/admin/jobs?lang=ja");
	}

	@Test
	void aSegmentRuleProblemIsSaidInTheStaffsLanguageWithItsPlaceMarked() {
		signInAs("pr");
		open("/console/compose");
		WebElement rule = byId("segmentRule");
		rule.clear();
		rule.sendKeys("area = \"北部\" and aeg = \"30代\"");
		waitFor().until(driver -> byId("rule-error").isDisplayed() && byId("rule-error").getText().contains("aeg"));
		assertThat(byId("rule-error").getText()).startsWith("条件式の 17 文字目：「aeg」という項目はありません。");
		assertThat(byId("rule-error").findElement(By.cssSelector("code mark")).getText()).isEqualTo("a");
		screenshot("compose-rule-error");
	}

	/**
	 * Every page of the menu and one page of each kind they link to, with what breaks the
	 * rule on each.
	 */
	private Map<String, List<String>> walk(String language, long notice,
			java.util.function.Function<String, List<String>> rule) {
		open("/console");
		Set<String> pages = new LinkedHashSet<>();
		pages.add(url("/console"));
		browser.findElements(By.cssSelector("nav a")).forEach(a -> pages.add(a.getDomProperty("href")));
		// Pages no menu links to: an alert's progress, the knowledge base answering a
		// question.
		pages.add(url("/console/emergency/" + notice));
		pages.add(
				url("/console/kb?q=" + java.net.URLEncoder.encode("保育料の支払い", java.nio.charset.StandardCharsets.UTF_8)));
		Map<String, List<String>> leaks = new LinkedHashMap<>();
		List<Pattern> detailsLeft = new ArrayList<>(DETAILS);
		List<String> queue = new ArrayList<>(pages);
		for (int i = 0; i < queue.size(); i++) {
			browser.get(queue.get(i));
			assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).as(queue.get(i))
				.isEqualTo(language);
			List<String> found = check(rule);
			if (!found.isEmpty()) {
				leaks.put(queue.get(i).replace(url(""), ""), found);
			}
			for (WebElement link : browser.findElements(By.cssSelector("main a[href]"))) {
				String href = link.getDomProperty("href");
				Pattern kind = detailsLeft.stream().filter(p -> p.matcher(href).matches()).findFirst().orElse(null);
				if (kind != null && !queue.contains(href)) {
					detailsLeft.remove(kind);
					queue.add(href);
				}
			}
		}
		assertThat(queue).as("pages walked").hasSizeGreaterThan(pages.size() + 5);
		return leaks;
	}

	@SuppressWarnings("unchecked")
	private List<String> check(java.util.function.Function<String, List<String>> rule) {
		List<String> found = new ArrayList<>();
		for (String text : (List<String>) browser.executeScript(VISIBLE_TEXT)) {
			if (!rule.apply(text).isEmpty()) {
				found.add(text);
			}
		}
		return found;
	}

	static List<String> englishIn(String text) {
		String rest = ALLOWED.matcher(text).replaceAll(" ");
		List<String> words = new ArrayList<>();
		var matcher = LATIN_WORD.matcher(rest);
		while (matcher.find()) {
			if (!NAMES.contains(matcher.group())) {
				words.add(matcher.group());
			}
		}
		return words;
	}

	static List<String> japaneseIn(String text) {
		return JAPANESE.matcher(text).find() ? List.of(text) : List.of();
	}

	/**
	 * Something on every page that has a detail: a notice, a report, a hand-off; the
	 * notice's id.
	 */
	private long seed() {
		String unique = UUID.randomUUID().toString().substring(0, 6);
		long id = notices
			.create(new NoticeDraft("言語のテスト " + unique, "本文です。", null, null, null, null, Set.of(Channel.WEBSITE), "all",
					null, null, null, null, null, true), new StaffMember("pr", Set.of("PR")))
			.id();
		report("通報者" + unique, "街灯の故障");
		chat.as("相談者" + unique);
		chat.say("職員と話したい");
		chat.waitForBot("職員におつなぎします");
		return id;
	}

	private String report(String resident, String category) {
		chat.as(resident);
		return chat.report(category);
	}

}

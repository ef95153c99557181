package io.tsutawaru.app.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;

/**
 * axe-core, the accessibility engine, run inside the page the browser shows. The script
 * is a test resource ({@code axe-core/axe.min.js}, MPL-2.0, see the README beside it)
 * injected into the page, so no network is needed. Only the rules of WCAG 2.1 A and AA
 * are run: the level Japan's JIS X 8341-3:2016 AA asks of public websites.
 */
public final class Axe {

	static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	private static final String SCRIPT = load();

	private Axe() {
	}

	/**
	 * The violations on the current page, one line each: rule, impact, help and the
	 * elements with why they fail. Empty when the page passes.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> violations(JavascriptExecutor browser) {
		if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object'"))) {
			browser.executeScript(SCRIPT);
		}
		Object result = browser.executeAsyncScript(
				"""
						const done = arguments[arguments.length - 1];
						axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
							.then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
								nodes: v.nodes.map(n => n.target.join(' ') + ' — ' + n.failureSummary.replace(/\\s+/g, ' ')) }))))
							.catch(e => done([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }]));
						""",
				WCAG_21_AA);
		List<String> lines = new ArrayList<>();
		for (Map<String, Object> violation : (List<Map<String, Object>>) result) {
			lines.add(violation.get("id") + " (" + violation.get("impact") + "): " + violation.get("help") + "\n      "
					+ String.join("\n      ", (List<String>) violation.get("nodes")));
		}
		return lines;
	}

	private static String load() {
		try (InputStream in = Axe.class.getResourceAsStream("/axe-core/axe.min.js")) {
			if (in == null) {
				throw new IllegalStateException("axe-core/axe.min.js is missing from the test resources");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

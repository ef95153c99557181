package io.tsutawaru.app.console;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import io.tsutawaru.app.ServiceTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The long lists' parameters (mailbox, FAQ list, audit log and its export) given what no
 * form sends: a page out of range is the nearest page, a parameter of the wrong kind is a
 * 400, never a 500; searched text is text.
 */
class LongListsInputTests extends ServiceTest {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "/console/mailbox?page=0|200", "/console/mailbox?page=-7|200",
					"/console/mailbox?page=2147483647|200", "/console/mailbox?page=99999999999|400",
					"/console/mailbox?page=abc|400", "/console/kb/entries?page=-1&sort=CATEGORY|200",
					"/console/kb/entries?sort=BOGUS|400", "/console/kb/entries?needsEditing=maybe|400",
					"/console/kb/entries?page=2147483647|200", "/console/admin/audit?page=2147483647|200",
					"/console/admin/audit?from=2025-13-40|400", "/console/admin/audit?to=yesterday|400",
					"/console/admin/audit?kind=BOGUS|400", "/console/admin/audit.csv?from=2025-02-30|400",
					"/console/admin/audit?from=2026-01-02&to=2025-01-01|200" })
	void aParameterNoFormSendsIsAnswered(String path, int status) {
		ConsoleSession session = new ConsoleSession(port);
		session.signIn("admin", "admin-password");
		assertThat(session.get(path).statusCode()).as(path).isEqualTo(status);
	}

	static Stream<String> searches() {
		return Stream.of("%", "_", "!", "!%", "'; DROP TABLE staff_actions; --", "<script>alert(1)</script>", "\u0000",
				"𠮷野家", "\u3000", "a".repeat(5000));
	}

	@ParameterizedTest
	@MethodSource("searches")
	void anySearchIsSearchedAsText(String search) {
		ConsoleSession session = new ConsoleSession(port);
		session.signIn("admin", "admin-password");
		String q = URLEncoder.encode(search, StandardCharsets.UTF_8);
		for (String path : new String[] { "/console/mailbox?q=" + q, "/console/kb/entries?filter=" + q,
				"/console/admin/audit?who=" + q, "/console/admin/audit.csv?who=" + q }) {
			var response = session.get(path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).doesNotContain("<script>alert(1)</script>");
		}
	}

}

package io.tsutawaru.app.console;

import java.util.List;
import java.util.Set;

import io.tsutawaru.app.security.StaffRole;
import io.tsutawaru.notifier.NoticeView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may approve what awaits approval, named on the console so that an author knows whom
 * to ask: the enabled PR and ADMIN accounts, less the notice's author and whoever changed
 * it (the notifier refuses them).
 */
@Component
class Reviewers {

	private final JdbcClient jdbc;

	Reviewers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<String> of(NoticeView notice) {
		Set<String> barred = notice.mayNotApprove();
		return prStaff().stream().filter(name -> !barred.contains(name)).toList();
	}

	private List<String> prStaff() {
		return jdbc
			.sql("SELECT DISTINCT u.username FROM users u JOIN authorities a ON a.username = u.username "
					+ "WHERE u.enabled = TRUE AND a.authority IN (?, ?) ORDER BY u.username")
			.params(StaffRole.PR.authority(), StaffRole.ADMIN.authority())
			.query(String.class)
			.list();
	}

}

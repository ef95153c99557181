package io.tsutawaru.app.console;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.tsutawaru.app.audit.StaffAction;

/**
 * What a recorded staff action did, said as the audit log says it
 * ({@code POST /console/approvals/12} is 「お知らせ #12 を承認」): one message key per kind of
 * change, with the record it concerned. The routes are the console's and the API's
 * changes; one not listed here is shown as "another change" with its address, so nothing
 * is hidden.
 */
final class StaffActionWords {

	private record Route(String method, Pattern path, String key) {
	}

	private static final String ID = "([^/]+)";

	private static final List<Route> ROUTES = List.of(route("POST", "/console/compose", "compose"),
			route("POST", "/console/compose/" + ID, "edit"), route("POST", "/console/approvals/" + ID, "approve"),
			route("POST", "/console/approvals/" + ID + "/reject", "reject"),
			route("POST", "/console/schedules/" + ID + "/approve", "scheduleApprove"),
			route("POST", "/console/schedules/" + ID + "/stop", "scheduleStop"),
			route("POST", "/console/emergency", "emergency"),
			route("POST", "/console/emergency/" + ID + "/update", "emergencyUpdate"),
			route("POST", "/console/emergency/" + ID + "/cancel", "emergencyCancel"),
			route("POST", "/console/emergency/" + ID + "/help/" + ID + "/handled", "helpHandled"),
			route("POST", "/console/emergency/menu/disaster", "menuDisaster"),
			route("POST", "/console/emergency/menu/normal", "menuNormal"),
			route("POST", "/console/handoffs/" + ID + "/reply", "handoffReply"),
			route("POST", "/console/handoffs/" + ID + "/close", "handoffClose"),
			route("POST", "/console/reports/" + ID + "/status", "reportStatus"),
			route("POST", "/console/reports/" + ID + "/department", "reportDepartment"),
			route("POST", "/console/jma/rules", "jmaRules"),
			route("POST", "/console/jma/drafts/" + ID + "/send", "jmaDraftSent"),
			route("POST", "/console/emergency/shelters/" + ID, "shelterState"),
			route("POST", "/console/kb/entries", "faqSave"),
			route("POST", "/console/kb/entries/" + ID + "/delete", "faqDelete"),
			route("POST", "/console/kb/entries/" + ID + "/phrasings/" + ID, "faqPhrasing"),
			route("POST", "/console/kb/import", "faqImport"), route("POST", "/console/admin/jobs/" + ID, "job"),
			route("POST", "/api/notices", "apiCreate"), route("POST", "/api/notices/" + ID + "/submit", "apiSubmit"),
			route("POST", "/api/notices/" + ID + "/approve", "apiApprove"),
			route("POST", "/api/notices/" + ID + "/reject", "apiReject"),
			route("POST", "/api/notices/" + ID + "/update", "apiUpdate"),
			route("POST", "/api/notices/" + ID + "/cancel", "apiCancel"),
			route("PUT", "/api/shelters/" + ID + "/status", "shelterState"),
			route("POST", "/api/rich-menu/disaster", "apiMenuDisaster"),
			route("POST", "/api/rich-menu/normal", "apiMenuNormal"));

	private StaffActionWords() {
	}

	static Wording of(StaffAction action) {
		if ("SIGN-IN".equals(action.action())) {
			return new Wording("audit.actions.signIn");
		}
		if ("SIGN-FAIL".equals(action.action()) || "READ".equals(action.action())) {
			// Refused sign-ins and readings of personal data are not routes of the
			// console: their kind says it.
			return new Wording("audit.action." + action.action());
		}
		for (Route route : ROUTES) {
			Matcher matcher = route.path().matcher(action.path());
			if (route.method().equals(action.action()) && matcher.matches()) {
				Object[] args = new Object[matcher.groupCount()];
				for (int i = 0; i < args.length; i++) {
					args[i] = matcher.group(i + 1);
				}
				return new Wording("audit.do." + route.key(), args);
			}
		}
		return new Wording("audit.do.other", action.action(), action.path());
	}

	private static Route route(String method, String path, String key) {
		return new Route(method, Pattern.compile(path), key);
	}

}

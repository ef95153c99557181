package io.tsutawaru.app.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which requests come from the console's pages (and its sign-in form), answered with
 * pages rather than JSON.
 */
final class ConsolePages {

	private ConsolePages() {
	}

	static boolean isConsole(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.startsWith("/console") || path.equals("/login");
	}

}

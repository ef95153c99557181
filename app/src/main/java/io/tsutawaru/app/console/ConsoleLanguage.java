package io.tsutawaru.app.console;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * The console speaks Japanese; {@code ?lang=en} switches a browser to English (and
 * {@code ?lang=ja} back) and a cookie remembers the choice. The browser's own
 * Accept-Language is ignored on purpose: a city's shared PCs are often set up in English
 * while their users read Japanese.
 *
 * <p>
 * Only the staff's own pages change it: the public website ({@code /notices?lang=en})
 * reads its language from the address alone, and a member of staff checking the English
 * notice page must not find the console in English.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleLanguage implements WebMvcConfigurer {

	/**
	 * The pages whose language is the staff's choice; every other page (public, sandbox
	 * chat) has its own.
	 */
	static final String[] STAFF_PAGES = { "/console", "/console/**", "/login", "/error" };

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("tsutawaru-lang");
		resolver.setDefaultLocaleFunction(request -> Locale.JAPANESE);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new LanguageChange()).addPathPatterns(STAFF_PAGES);
	}

	/**
	 * Reads {@code lang} from the address only, never from a form's body (Spring's
	 * LocaleChangeInterceptor reads both): the error page of a form too large to read
	 * would otherwise fail reading it, and staff got the server's plain error page
	 * instead of the console's.
	 */
	private static final class LanguageChange implements HandlerInterceptor {

		private static final Set<String> CONSOLE_LANGUAGES = Set.of("ja", "en");

		@Override
		public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
			if (request.getQueryString() == null) {
				return true;
			}
			String lang = UriComponentsBuilder.newInstance()
				.query(request.getQueryString())
				.build()
				.getQueryParams()
				.getFirst("lang");
			LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
			// Only the console's own languages: the public pages' "easy-ja" made the
			// console's <html lang> invalid.
			if (lang != null && resolver != null && CONSOLE_LANGUAGES.contains(lang)) {
				try {
					resolver.setLocale(request, response, StringUtils.parseLocale(UriUtils.decode(lang, "UTF-8")));
				}
				catch (IllegalArgumentException ex) {
					// An unknown language leaves the console as it was, as before.
				}
			}
			return true;
		}

	}

}

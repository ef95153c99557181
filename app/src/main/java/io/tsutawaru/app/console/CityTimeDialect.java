package io.tsutawaru.app.console;

import java.time.Clock;
import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * Gives every template {@code #cityTime} ({@link CityTime}), the city clock's zone in the
 * page's language. Spring Boot adds every dialect bean to the template engine.
 */
@Component
class CityTimeDialect extends AbstractDialect implements IExpressionObjectDialect {

	static final String NAME = "cityTime";

	private final Clock clock;

	CityTimeDialect(Clock clock) {
		super("tsutawaru-city-time");
		this.clock = clock;
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {

			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName) ? new CityTime(clock.getZone(), context.getLocale()) : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}

		};
	}

}

package io.tsutawaru.batch;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a test class on the PostgreSQL server named by {@code TSUTAWARU_TEST_POSTGRES_*}
 * (bin/test sets them), in a schema of its own; skipped when they are not set.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@EnabledIfEnvironmentVariable(named = "TSUTAWARU_TEST_POSTGRES_URL", matches = ".+")
@ContextConfiguration(initializers = PostgresSchema.class)
public @interface OnPostgres {

}

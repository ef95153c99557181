package io.tsutawaru.batch;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Stands in for the app module in tests: the batch jobs with the real knowledge base and notifier, on H2 or
 * PostgreSQL with Flyway.
 */
@SpringBootApplication(scanBasePackages = { "io.tsutawaru.batch", "io.tsutawaru.notifier", "io.tsutawaru.kb" })
public class BatchTestApplication {

}

package io.tsutawaru.kb;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Stands in for the app module in tests: the knowledge base's beans over H2 with Flyway.
 */
@SpringBootApplication
public class KnowledgeBaseTestApplication {

}

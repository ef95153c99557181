package io.tsutawaru.kb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the knowledge base's beans as the app does: H2 migrated by
 * Flyway, the sample loaded on start, an index on disk in a directory of its own.
 */
@SpringBootTest
public abstract class KnowledgeBaseTest {

	private static final Path INDEX_DIR = createIndexDir();

	@DynamicPropertySource
	static void indexDirectory(DynamicPropertyRegistry registry) {
		registry.add("tsutawaru.kb.index-dir", INDEX_DIR::toString);
	}

	private static Path createIndexDir() {
		try {
			Files.createDirectories(Path.of("target"));
			return Files.createTempDirectory(Path.of("target"), "kb-index-").toAbsolutePath();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

}

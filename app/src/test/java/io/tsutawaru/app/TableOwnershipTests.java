package io.tsutawaru.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tngtech.archunit.core.domain.JavaClass;
import io.tsutawaru.app.ArchitectureTests.Module;
import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's tables are its own (docs/architecture.md: each module ships its migrations
 * in its own Flyway version range): no other module's code names them in its SQL. The
 * tables are read from every module's migrations, the SQL from the string constants of
 * every module's class files (so comments do not count). A table whose name has an
 * underscore counts wherever its name stands; a one-word name ({@code notices}) only
 * after FROM, JOIN, INTO, UPDATE or TABLE, because it is also a word of URLs and
 * messages.
 *
 * <p>
 * Known uses would be listed in {@link #KNOWN_USES}, each with why; there are none since
 * issue 19, item 2 gave each module the import, report and retention operations
 * batch-jobs calls. A new use fails, and so does a listed one that is gone.
 */
class TableOwnershipTests {

	/**
	 * Flyway version prefix → the module that owns the migration (docs/architecture.md,
	 * "Flyway versions").
	 */
	static final Map<String, Module> VERSION_RANGES = Map.of("V1_", Module.KNOWLEDGE_BASE, "V2_", Module.NOTIFIER,
			"V3_", Module.BOT, "V4_", Module.BATCH_JOBS, "V5_", Module.APP, "V6_", Module.JMA, "V7_", Module.SHELTERS);

	/** A class (with its nested classes) that names another module's tables today. */
	record KnownUse(String origin, Set<String> tables, String why) {
	}

	static final List<KnownUse> KNOWN_USES = List.of();

	private static final Pattern CREATE_TABLE = Pattern
		.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");

	@Test
	void everyModuleOwnsTablesAndTheirNamesAreUnique() {
		Map<String, Module> owners = tableOwners();
		assertThat(owners.values()).contains(Module.KNOWLEDGE_BASE, Module.NOTIFIER, Module.BOT, Module.BATCH_JOBS,
				Module.APP, Module.SHELTERS);
	}

	@Test
	void noModuleNamesAnotherModulesTablesButTheKnownUses() {
		Set<String> known = new TreeSet<>();
		KNOWN_USES.forEach(use -> use.tables().forEach(table -> known.add(use.origin() + " -> " + table)));
		Set<String> found = new TreeSet<>();
		foreignTableUses().forEach((origin, tables) -> tables.forEach(table -> found.add(origin + " -> " + table)));
		assertThat(difference(found, known)).as("new: tables named outside the module that owns them").isEmpty();
		assertThat(difference(known, found)).as("gone: take these out of KNOWN_USES so that they cannot come back")
			.isEmpty();
	}

	private static Set<String> difference(Set<String> these, Set<String> those) {
		Set<String> difference = new TreeSet<>(these);
		difference.removeAll(those);
		return difference;
	}

	/**
	 * Every class (nested ones under their top-level class) → the other modules' tables
	 * its SQL names.
	 */
	private static Map<String, Set<String>> foreignTableUses() {
		Map<String, Module> owners = tableOwners();
		Map<String, Set<String>> uses = new TreeMap<>();
		for (JavaClass type : ArchitectureTests.CLASSES) {
			Module own = Module.of(type);
			String constants = classFile(type);
			owners.forEach((table, owner) -> {
				if (owner != own && names(constants, table)) {
					uses.computeIfAbsent(type.getName().replaceFirst("\\$.*", ""), origin -> new TreeSet<>())
						.add(table);
				}
			});
		}
		return uses;
	}

	private static boolean names(String constants, String table) {
		String name = Pattern.quote(table) + "(?![a-z0-9_])";
		Pattern pattern = table.contains("_") ? Pattern.compile("(?<![a-z0-9_])" + name)
				: Pattern.compile("(?:from|join|into|update|table)\\s+" + name);
		return pattern.matcher(constants).find();
	}

	private static Map<String, Module> tableOwners() {
		Map<String, Module> owners = new HashMap<>();
		try {
			for (Resource migration : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:db/migration/V*__*.sql")) {
				Module owner = VERSION_RANGES.entrySet()
					.stream()
					.filter(range -> migration.getFilename().startsWith(range.getKey()))
					.map(Map.Entry::getValue)
					.findFirst()
					.orElseThrow(() -> new AssertionError("outside every module's range: " + migration));
				Matcher created = CREATE_TABLE.matcher(migration.getContentAsString(StandardCharsets.UTF_8));
				while (created.find()) {
					Module before = owners.put(created.group(1).toLowerCase(Locale.ROOT), owner);
					assertThat(before).as("table %s created twice", created.group(1)).isIn(null, owner);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return owners;
	}

	/**
	 * The class file as Latin-1 text, lower case: its string constants stand in it as
	 * they are written.
	 */
	private static String classFile(JavaClass type) {
		try (InputStream in = type.getSource().orElseThrow().getUri().toURL().openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}

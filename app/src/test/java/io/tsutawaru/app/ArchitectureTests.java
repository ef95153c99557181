package io.tsutawaru.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import com.tngtech.archunit.library.dependencies.SliceRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module rules of docs/architecture.md, checked over the production classes of every
 * module (the app's tests see them all on their class path): who may depend on whom, that
 * a module is used only through its public API, and that no module's packages depend on
 * each other in a cycle.
 *
 * <p>
 * Where today's code breaks a rule that issue 19 will fix, the break is listed in
 * {@link #KNOWN_VIOLATIONS} with the item that removes it: it passes, anything new fails.
 * A listed break that no longer happens fails too
 * ({@link #everyKnownViolationStillHappens}), so the list is always the true to-do list
 * and shrinks as items land.
 */
class ArchitectureTests {

	/**
	 * The modules, their root packages and what each may depend on (docs/architecture.md,
	 * "Modules").
	 */
	enum Module {

		TEXT("text", "io.tsutawaru.text"), INFRASTRUCTURE("infrastructure", "io.tsutawaru.infrastructure"),
		KNOWLEDGE_BASE("knowledge-base", "io.tsutawaru.kb", TEXT),
		NOTIFIER("notifier", "io.tsutawaru.notifier", TEXT, INFRASTRUCTURE),
		JMA("jma", "io.tsutawaru.jma", TEXT, NOTIFIER), SHELTERS("shelters", "io.tsutawaru.shelters", TEXT),
		BOT("bot", "io.tsutawaru.bot", TEXT, INFRASTRUCTURE, KNOWLEDGE_BASE, NOTIFIER, SHELTERS),
		BATCH_JOBS("batch-jobs", "io.tsutawaru.batch", TEXT, KNOWLEDGE_BASE, NOTIFIER, BOT, SHELTERS),
		APP("app", "io.tsutawaru.app", TEXT, INFRASTRUCTURE, KNOWLEDGE_BASE, NOTIFIER, JMA, SHELTERS, BOT, BATCH_JOBS);

		final String name;

		final String root;

		final Set<Module> mayDependOn;

		Module(String name, String root, Module... mayDependOn) {
			this.name = name;
			this.root = root;
			this.mayDependOn = Set.of(mayDependOn);
		}

		static Module of(JavaClass type) {
			return Arrays.stream(values())
				.filter(module -> module.contains(type.getPackageName()))
				.findFirst()
				.orElse(null);
		}

		static Module ofName(String className) {
			String packageName = className.substring(0, className.lastIndexOf('.'));
			return Arrays.stream(values()).filter(module -> module.contains(packageName)).findFirst().orElseThrow();
		}

		boolean contains(String packageName) {
			return packageName.equals(root) || packageName.startsWith(root + ".");
		}

	}

	/**
	 * The packages other modules may use besides a module's root package: the
	 * infrastructure module's connections (docs/architecture.md, "Modules"), one package
	 * per service it connects to, all of them shared. The notifier's {@code line} package
	 * is its LINE channel and internal like its other channels.
	 */
	static final Set<String> PUBLIC_PACKAGES = Set.of("io.tsutawaru.infrastructure.line",
			"io.tsutawaru.infrastructure.redis");

	/**
	 * A dependency of one class (and its nested classes) on another that today's code has
	 * and an item removes.
	 */
	record KnownViolation(String origin, String target, String why) {

		boolean matches(Dependency dependency) {
			return topLevel(dependency.getOriginClass()).equals(origin)
					&& topLevel(dependency.getTargetClass()).equals(target);
		}

		/**
		 * Whether the target became another module's public API: the dependency is then
		 * allowed and the entry would only hide a future break (the item-4 entries stayed
		 * listed after the Redis pool moved for that reason).
		 */
		boolean reachesAnotherModulesPublicApi() {
			String originRoot = Module.ofName(origin).root;
			Module target = Module.ofName(this.target);
			String targetPackage = this.target.substring(0, this.target.lastIndexOf('.'));
			return !target.root.equals(originRoot)
					&& (targetPackage.equals(target.root) || PUBLIC_PACKAGES.contains(targetPackage));
		}

		private static String topLevel(JavaClass type) {
			return type.getName().replaceFirst("\\$.*", "");
		}

	}

	/**
	 * Today's breaks of the rules below, each with the item of issue 19 that removes it.
	 */
	static final List<KnownViolation> KNOWN_VIOLATIONS = List.of();

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.tsutawaru");

	@Test
	void everyModuleIsOnTheClassPath() {
		// A module missing here would pass every rule below without being checked.
		assertThat(CLASSES.stream().map(Module::of).distinct()).containsExactlyInAnyOrder(Module.values());
	}

	@Test
	void modulesDependOnlyOnWhatTheTableAllows() {
		LayeredArchitecture table = layeredArchitecture().consideringOnlyDependenciesInAnyPackage("io.tsutawaru..");
		for (Module module : Module.values()) {
			table = table.layer(module.name).definedBy(module.root + "..");
		}
		for (Module module : Module.values()) {
			String[] users = Arrays.stream(Module.values())
				.filter(user -> user.mayDependOn.contains(module))
				.map(user -> user.name)
				.toArray(String[]::new);
			table = (users.length == 0) ? table.whereLayer(module.name).mayNotBeAccessedByAnyLayer()
					: table.whereLayer(module.name).mayOnlyBeAccessedByLayers(users);
		}
		table.check(CLASSES);
	}

	@Test
	void otherModulesUseOnlyAModulesPublicApi() {
		ArchRule rule = classes().should(useOtherModulesOnlyThroughTheirPublicApi());
		rule.check(CLASSES);
	}

	@Test
	void noModuleHasAPackageCycle() {
		SliceRule rule = slices().matching("io.tsutawaru.(**)").should().beFreeOfCycles();
		for (KnownViolation known : KNOWN_VIOLATIONS) {
			rule = rule.ignoreDependency(topLevelOrNested(known.origin()), topLevelOrNested(known.target()));
		}
		rule.check(CLASSES);
	}

	@Test
	void everyKnownViolationStillHappens() {
		List<String> fixed = new ArrayList<>();
		for (KnownViolation known : KNOWN_VIOLATIONS) {
			if (dependencies().noneMatch(known::matches) || known.reachesAnotherModulesPublicApi()) {
				fixed.add(known.origin() + " -> " + known.target());
			}
		}
		assertThat(fixed).as("fixed: take these out of KNOWN_VIOLATIONS so that they cannot come back").isEmpty();
	}

	private static ArchCondition<JavaClass> useOtherModulesOnlyThroughTheirPublicApi() {
		return new ArchCondition<>("use other modules only through their root package or a declared public one") {
			@Override
			public void check(JavaClass type, ConditionEvents events) {
				Module own = Module.of(type);
				for (Dependency dependency : type.getDirectDependenciesFromSelf()) {
					JavaClass target = dependency.getTargetClass();
					Module other = Module.of(target);
					boolean internal = other != null && other != own && !target.getPackageName().equals(other.root)
							&& !PUBLIC_PACKAGES.contains(target.getPackageName());
					if (internal && KNOWN_VIOLATIONS.stream().noneMatch(known -> known.matches(dependency))) {
						events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
					}
				}
			}
		};
	}

	private static Stream<Dependency> dependencies() {
		return CLASSES.stream().flatMap(type -> type.getDirectDependenciesFromSelf().stream());
	}

	private static DescribedPredicate<JavaClass> topLevelOrNested(String name) {
		return DescribedPredicate.describe(name,
				type -> type.getName().equals(name) || type.getName().startsWith(name + "$"));
	}

}

package io.tsutawaru.infrastructure;

import io.tsutawaru.infrastructure.line.LineClients;
import io.tsutawaru.infrastructure.redis.BlockingReaders;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettucePoolingClientConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules that use this one are tested with applications that scan only their own
 * packages, so its beans must come from its auto-configurations: a Spring Boot
 * application that merely has the jar gets the LINE clients and a Redis pool with room
 * for every blocking reader.
 */
class InfrastructureAutoConfigurationTests {

	@Test
	void anApplicationWithTheJarGetsTheLineClientsAndAPoolWithRoomForItsBlockingReaders() {
		var listed = ImportCandidates.load(AutoConfiguration.class, getClass().getClassLoader())
			.getCandidates()
			.stream()
			.filter(name -> name.startsWith("io.tsutawaru."))
			.toList();
		assertThat(listed).contains("io.tsutawaru.infrastructure.redis.RedisPoolConfiguration",
				"io.tsutawaru.infrastructure.line.LineClientConfiguration");

		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations
				.of(listed.stream().map(InfrastructureAutoConfigurationTests::load).toArray(Class<?>[]::new)))
			.withConfiguration(AutoConfigurations.of(DataRedisAutoConfiguration.class))
			.withBean(BlockingReaders.class, () -> new BlockingReaders("test reader", 3))
			.withPropertyValues("tsutawaru.line.channel-token=test-token",
					"spring.data.redis.lettuce.pool.max-active=5")
			.run(context -> {
				assertThat(context).hasSingleBean(LineClients.class);
				var configuration = context.getBean(LettuceConnectionFactory.class).getClientConfiguration();
				assertThat(configuration).isInstanceOf(LettucePoolingClientConfiguration.class);
				assertThat(((LettucePoolingClientConfiguration) configuration).getPoolConfig().getMaxTotal())
					.isEqualTo(5 + 3);
			});
	}

	private static Class<?> load(String name) {
		try {
			return Class.forName(name);
		}
		catch (ClassNotFoundException ex) {
			throw new AssertionError("listed but missing: " + name, ex);
		}
	}

}

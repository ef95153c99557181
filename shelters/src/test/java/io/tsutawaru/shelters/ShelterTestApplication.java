package io.tsutawaru.shelters;

import java.time.Clock;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** The shelters module alone, on H2 or the test PostgreSQL ({@link ShelterDatabase}). */
@SpringBootApplication
class ShelterTestApplication {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}

package io.tsutawaru.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The runnable service: assembles the knowledge base, bot, notifier and batch jobs behind the staff console. */
@SpringBootApplication(scanBasePackages = "io.tsutawaru")
public class TsutawaruApplication {

	public static void main(String[] args) {
		SpringApplication.run(TsutawaruApplication.class, args);
	}

}

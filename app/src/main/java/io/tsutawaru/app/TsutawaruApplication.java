package io.tsutawaru.app;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The runnable service: assembles the knowledge base, bot, notifier and batch jobs behind
 * the staff console.
 */
@SpringBootApplication(scanBasePackages = "io.tsutawaru")
public class TsutawaruApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(TsutawaruApplication.class);
		if (Arrays.stream(args).anyMatch(arg -> arg.startsWith("--job="))) {
			// java -jar tsutawaru.jar --job=<name> key=value…: run one batch job, then
			// exit with its status
			// (batch-jobs' CommandLineJobRunner: 0 completed, 1 failed, 2 bad usage, 3
			// refused). The web server
			// takes any free port so that a running service on the same machine is not
			// disturbed; it cannot be left
			// out yet because the staff security configuration needs a web application.
			application.setDefaultProperties(Map.of("server.port", "0"));
			System.exit(SpringApplication.exit(application.run(args)));
		}
		application.run(args);
	}

}

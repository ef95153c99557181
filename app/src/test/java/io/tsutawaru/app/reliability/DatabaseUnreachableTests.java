package io.tsutawaru.app.reliability;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import io.tsutawaru.app.TsutawaruApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnreachableTests {

	private static int closedPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Test
	void refusesToStartWithOneClearMessageAndLeavesNothingRunning(@TempDir Path dataDir, CapturedOutput output)
			throws IOException {
		String url = "jdbc:postgresql://127.0.0.1:" + closedPort() + "/tsutawaru?password=secret-in-url";
		assertThatThrownBy(() -> new SpringApplicationBuilder(TsutawaruApplication.class).run("--server.port=0",
				"--tsutawaru.data-dir=" + dataDir, "--spring.datasource.url=" + url, "--spring.datasource.username=u",
				"--spring.datasource.password=p"))
			.isNotNull();

		assertThat(output.getOut() + output.getErr())
			.contains("Cannot reach the database at jdbc:postgresql://127.0.0.1:")
			.contains("Start the database server, or correct DATABASE_URL")
			.doesNotContain("secret-in-url")
			.doesNotContain("\tat org.postgresql");

		// The embedded Redis server had started before the database was needed; it must
		// be gone again.
		Path pidFile = dataDir.resolve("redis/redis.pid");
		if (Files.exists(pidFile)) {
			long pid = Long.parseLong(Files.readString(pidFile).trim());
			assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
		}
	}

}

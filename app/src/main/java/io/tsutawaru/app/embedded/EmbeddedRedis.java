package io.tsutawaru.app.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import redis.embedded.RedisServer;

/**
 * A real redis-server process, started by the service when no Redis is configured. Its
 * append-only file lives under the data directory, so queued deliveries survive a restart
 * of the service just as with a real Redis.
 */
final class EmbeddedRedis implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedRedis.class);

	private final RedisServer server;

	private final int port;

	EmbeddedRedis(Path directory) {
		this.port = FreePort.find();
		try {
			Files.createDirectories(directory);
			Path pidFile = directory.resolve("redis.pid");
			stopOrphan(pidFile);
			this.server = RedisServer.newRedisServer()
				.port(port)
				.bind("127.0.0.1")
				.setting("dir " + directory.toAbsolutePath())
				.setting("pidfile " + pidFile.toAbsolutePath())
				.setting("appendonly yes")
				.setting("save \"\"")
				.build();
			server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the embedded Redis server in " + directory, ex);
		}
		log.info("Embedded Redis listening on 127.0.0.1:{} (data in {})", port, directory);
	}

	/**
	 * A service killed with {@code kill -9} leaves its redis-server running on the same
	 * journal; two servers appending to one file would corrupt it, so the orphan is
	 * stopped before a new one starts.
	 */
	private static void stopOrphan(Path pidFile) throws IOException {
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		String pid = Files.readString(pidFile).trim();
		Files.delete(pidFile);
		if (!pid.matches("\\d+")) {
			return;
		}
		ProcessHandle.of(Long.parseLong(pid))
			.filter(process -> process.info().command().orElse("").contains("redis-server"))
			.ifPresent(orphan -> {
				log.warn("Stopping redis-server {} left behind by an earlier run", pid);
				orphan.destroyForcibly();
				orphan.onExit().join();
			});
	}

	int port() {
		return port;
	}

	@Override
	public void close() throws IOException {
		server.stop();
	}

}

package io.tsutawaru.app.reliability.faults;

import java.io.IOException;
import java.io.UncheckedIOException;

import redis.embedded.RedisServer;

/**
 * A real redis-server on a fixed loopback port, without persistence, that can be
 * restarted: it comes back empty, as a Redis without a journal does after a crash, or a
 * replica promoted before it had the latest writes.
 */
final class RedisStandIn {

	private final int port;

	private RedisServer server;

	RedisStandIn(int port) {
		this.port = port;
		start();
	}

	int port() {
		return port;
	}

	synchronized void start() {
		try {
			server = RedisServer.newRedisServer()
				.bind("127.0.0.1")
				.port(port)
				.setting("save \"\"")
				.setting("appendonly no")
				.build();
			server.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	synchronized void stop() {
		try {
			server.stop();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	synchronized void restart() {
		stop();
		start();
	}

}

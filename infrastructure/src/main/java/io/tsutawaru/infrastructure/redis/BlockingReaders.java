package io.tsutawaru.infrastructure.redis;

/**
 * Redis connections that a component of this process holds while it waits in a blocking
 * stream read. Declared as a bean, so that the connection pool keeps one connection for
 * each of them on top of its configured size ({@link RedisPoolConfiguration}). Without
 * that room, readers that wait take every pooled connection, and the others wait for one
 * of those reads to time out before they can read at all.
 *
 * @param owner who reads, for the start-up log
 * @param connections how many connections it holds at most at the same time
 */
public record BlockingReaders(String owner, int connections) {

	public BlockingReaders {
		if (connections < 0) {
			throw new IllegalArgumentException("connections must not be negative: " + connections);
		}
	}

}

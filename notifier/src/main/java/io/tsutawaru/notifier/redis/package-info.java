/** The Redis connection pool, sized so that readers waiting on streams never starve each other. */
package io.tsutawaru.notifier.redis;

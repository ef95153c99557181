/**
 * The Redis connection pool, sized so that readers waiting on streams never starve each
 * other, and the backlog of a stream's consumer group for the operators' gauges. The
 * notifier's delivery workers and the bot's webhook event reader both wait on Redis
 * streams through this one pool.
 */
package io.tsutawaru.infrastructure.redis;

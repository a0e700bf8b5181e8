import IORedis from 'ioredis';
import type { RedisOptions } from 'bullmq';

/**
 * Options for BullMQ workers and the queues registered beside them: commands wait for Redis to
 * come back rather than failing (BullMQ requires maxRetriesPerRequest: null for workers).
 */
export function workerConnection(redisUrl: string): RedisOptions {
  return { url: redisUrl, maxRetriesPerRequest: null };
}

/**
 * The relay's producer connection: commands fail fast while Redis is away (no offline queue,
 * one retry), and it keeps reconnecting in the background with a capped backoff.
 */
export function createProducerConnection(redisUrl: string, reconnectMaxMs = 2_000): IORedis {
  const redis = new IORedis(redisUrl, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: (times) => Math.min(100 * 2 ** Math.min(times, 10), reconnectMaxMs),
  });
  // The relay reports outages itself, once each; ioredis would print every failed reconnect.
  redis.on('error', () => undefined);
  return redis;
}

/** Resolves when `redis` is ready, or rejects after `timeoutMs`. */
export function whenReady(redis: IORedis, timeoutMs: number): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onReady = (): void => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(() => {
      redis.off('ready', onReady);
      reject(new RedisUnavailableError(redis.status));
    }, timeoutMs);
    redis.once('ready', onReady);
  });
}

export class RedisUnavailableError extends Error {
  readonly code = 'OUTBOX.REDIS_UNAVAILABLE';
  constructor(readonly status: string) {
    super(`Redis is not reachable (connection ${status})`);
    this.name = new.target.name;
  }
}

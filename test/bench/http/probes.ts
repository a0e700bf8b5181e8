/* What the bench reads besides its own requests: /health's projector lag, CPU, the queues it leaves. */
import Redis from 'ioredis';
import { Pool } from 'pg';
import { Child, cpuSeconds, machineCpu, waitFor } from './children';
import { JsonClient } from './http-client';

/** The largest projector lag /health reports (each capped at 1 000 by the API). */
export async function projectorLag(client: JsonClient): Promise<number> {
  const health = await client.json<{ details?: { projections?: { projectors?: { lag: number }[] } } }>(
    'GET',
    '/health',
  );
  return Math.max(0, ...(health.details?.projections?.projectors ?? []).map((p) => p.lag));
}

/** Seconds until every projector's lag is 0. */
export async function caughtUp(client: JsonClient, worker: Child, seconds = 120): Promise<number> {
  const start = performance.now();
  await waitFor(worker, 'projector lag 0', async () => (await projectorLag(client)) === 0, seconds);
  return (performance.now() - start) / 1000;
}

export type Usage = Awaited<ReturnType<typeof usageNow>>;

/**
 * CPU seconds of the bench, the API, the worker, the PostgreSQL backends serving the scratch
 * database and the whole machine; and the database's transactions (pg_stat_database, which a
 * backend flushes within a second or so).
 */
export async function usageNow(owner: Pool, database: string, api: Child, worker: Child) {
  const backends = await owner.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [
    database,
  ]);
  const stats = await owner.query<{ n: string }>(
    'SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = $1',
    [database],
  );
  const own = process.cpuUsage();
  return {
    transactions: Number(stats.rows[0].n),
    cpu: {
      client: (own.user + own.system) / 1e6,
      api: cpuSeconds(api.process.pid),
      worker: cpuSeconds(worker.process.pid),
      postgres: backends.rows.reduce((sum, { pid }) => sum + cpuSeconds(pid), 0),
      machine: machineCpu().busy,
    },
  };
}

export function usageSince(before: Usage | undefined, after: Usage) {
  const cpu = { ...after.cpu };
  for (const key of Object.keys(cpu) as (keyof typeof cpu)[]) cpu[key] -= before?.cpu[key] ?? NaN;
  return { cpu, db: { transactions: after.transactions - (before?.transactions ?? NaN) } };
}

/** Removes the BullMQ keys of this run's queue prefix. */
export async function dropQueues(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  try {
    await redis.connect();
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

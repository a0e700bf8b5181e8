import { Queue } from 'bullmq';
import type { Pool } from 'pg';
import type { OutboxMessage } from '@jejak/eventstore';
import { loadConfig } from '@jejak/config';
import { inTenantTransaction, requestContext } from '@jejak/database';
import { enqueueInTransaction } from '../outbox.writer';

/** Commits `messages` to the outbox in a transaction of `tenantId`, as a command would. */
export function commitOutbox(
  pool: Pool,
  tenantId: string,
  messages: readonly OutboxMessage[],
  rowTenantId = tenantId,
): Promise<void> {
  return requestContext.run({ tenantId, platform: false }, () =>
    inTenantTransaction(pool, (client) => enqueueInTransaction(client, rowTenantId, messages)),
  );
}

/** Writes `messages`, then fails: the transaction rolls back. */
export async function abandonOutbox(
  pool: Pool,
  tenantId: string,
  messages: readonly OutboxMessage[],
): Promise<void> {
  const failure = new Error('the command failed after writing its jobs');
  await expect(
    requestContext.run({ tenantId, platform: false }, () =>
      inTenantTransaction(pool, async (client) => {
        await enqueueInTransaction(client, tenantId, messages);
        throw failure;
      }),
    ),
  ).rejects.toBe(failure);
}

/** Polls `condition` until it holds; fails after `timeoutMs` (a bound, not a timing assertion). */
export async function waitFor(
  condition: () => Promise<boolean> | boolean,
  timeoutMs = 30_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A Queue on the real Redis, to inspect what the relay added. */
export function inspectQueue(name: string): Queue {
  const { redisUrl, queuePrefix } = loadConfig();
  return new Queue(name, { connection: { url: redisUrl }, prefix: queuePrefix });
}

export async function obliterate(queue: Queue): Promise<void> {
  await queue.obliterate({ force: true });
  await queue.close();
}

export function messages(queue: string, prefix: string, count: number, delayMs = 0): OutboxMessage[] {
  return Array.from({ length: count }, (_, i) => ({
    queue,
    name: 'remind',
    jobId: `${prefix}-${i}`,
    payload: { n: i, prefix },
    delayMs,
  }));
}

export async function undispatchedCount(owner: Pool, queue: string): Promise<number> {
  const { rows } = await owner.query(
    'SELECT count(*)::int AS n FROM outbox WHERE queue = $1 AND dispatched_at IS NULL',
    [queue],
  );
  return rows[0].n;
}

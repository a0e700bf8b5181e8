import type { OutboxMessage } from '@jejak/eventstore';
import { assertValidOutboxMessage } from './outbox-message';
import { INSERT_OUTBOX_SQL } from './outbox.sql';

/** A pg `PoolClient` or a TypeORM `EntityManager` inside the caller's open transaction. */
export interface TransactionalQueryRunner {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Writes jobs to the outbox in the caller's transaction (for code that writes outside the event
 * store; an append passes them in `AppendOptions.outbox` instead). They reach BullMQ only if the
 * transaction commits; the relay moves them. The transaction's tenant must be `tenantId` (or the
 * platform): row-level security refuses anything else.
 */
export async function enqueueInTransaction(
  client: TransactionalQueryRunner,
  tenantId: string,
  messages: readonly OutboxMessage[],
): Promise<void> {
  if (messages.length === 0) return;
  messages.forEach(assertValidOutboxMessage);
  const rows = messages.map(({ queue, name, jobId, payload, delayMs }) => ({
    queue,
    name,
    jobId,
    payload: payload ?? null,
    delayMs: delayMs ?? 0,
  }));
  await client.query(INSERT_OUTBOX_SQL, [tenantId, JSON.stringify(rows)]);
}

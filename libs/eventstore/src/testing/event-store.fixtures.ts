import { randomUUID } from 'node:crypto';
import { requestContext } from '@jejak/database';
import {
  EventStore,
  LOG_START,
  LogPosition,
  NewEvent,
  RecordedEvent,
  compareLogPositions,
} from '../event-store.port';

/** A tenant no other test uses, so suites can share one database. */
export function newTenant(): string {
  return `t${randomUUID().replace(/-/g, '').slice(0, 12)}`;
}

export function asTenant<T>(tenantId: string, fn: () => Promise<T>): Promise<T> {
  return requestContext.run({ tenantId, platform: false }, fn);
}

export function asPlatform<T>(fn: () => Promise<T>): Promise<T> {
  return requestContext.run({ platform: true }, fn);
}

/** An event of `tenantId`; `occurredAt` undefined means "now", null an undated fact. */
export function newEvent(
  tenantId: string,
  type = 'SomethingHappened',
  data: unknown = { n: 1 },
  occurredAt?: string | null,
): NewEvent {
  return {
    id: randomUUID(),
    type,
    data,
    metadata: {
      tenantId,
      schemaVersion: 1,
      source: 'api',
      occurredAt: occurredAt === undefined ? new Date().toISOString() : occurredAt,
    },
  };
}

export function newEvents(tenantId: string, count: number, type = 'SomethingHappened'): NewEvent[] {
  return Array.from({ length: count }, (_, n) => newEvent(tenantId, type, { n }));
}

/** Polls `probe` until it returns a value (not undefined) or `timeoutMs` passes. */
export async function eventually<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs = 20000,
  what = 'condition',
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The position after everything the log shows now (as the context current at the call). */
export async function logTail(store: EventStore): Promise<LogPosition> {
  let after = LOG_START;
  for (;;) {
    const batch = await store.readAll({ after, maxCount: 2000 });
    if (batch.length === 0) return after;
    after = batch[batch.length - 1].position;
  }
}

/**
 * Reads the log from `after` in batches of `batchSize` until `until` holds for what was read
 * (or time runs out): a reader may lag behind a concurrent transaction anywhere on the server.
 */
export async function readLogUntil(
  store: EventStore,
  after: LogPosition,
  until: (events: readonly RecordedEvent[]) => boolean,
  batchSize = 1000,
): Promise<RecordedEvent[]> {
  const read: RecordedEvent[] = [];
  let position = after;
  return eventually(
    async () => {
      for (;;) {
        const batch = await store.readAll({ after: position, maxCount: batchSize });
        read.push(...batch);
        if (batch.length > 0) position = batch[batch.length - 1].position;
        if (batch.length < batchSize) break;
      }
      return until(read) ? read : undefined;
    },
    20000,
    'the log to show the appended events',
  );
}

/** Strictly ascending log positions: in global order, none twice. */
export function isAscending(events: readonly RecordedEvent[]): boolean {
  return events.every((e, n) => n === 0 || compareLogPositions(events[n - 1].position, e.position) < 0);
}

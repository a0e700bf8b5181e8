import { getPostgreSQLEventStore, readMessagesBatch } from '@event-driven-io/emmett-postgresql';
import { dumbo } from '@event-driven-io/dumbo';
import { types } from 'pg';
import { createPool, requestContext } from '@jejak/database';
import { LOG_START, RecordedEvent, compareLogPositions, createPostgresEventStore } from '@jejak/eventstore';
import { BenchDatabase, plainInsert } from './bench-database';
import { CpuMeter } from './cpu-meter';
import { RunResult, runWriters } from './workload';

export interface WriteShape {
  readonly events: number;
  readonly writers: number;
  readonly batch: number;
  readonly meter?: CpuMeter;
}

let runs = 0;
/** Tenants and streams unique to each run, so warm-ups and rounds never collide. */
const runPrefix = (): string => `r${++runs}`;

export async function appendPlain(db: BenchDatabase, shape: WriteShape): Promise<RunResult> {
  const pool = createPool(db.ownerUrl, { max: shape.writers });
  const insert = plainInsert(pool);
  const prefix = runPrefix();
  const positions = new Map<string, number>();
  try {
    return await runWriters(
      shape,
      (w) => `${prefix}w${w}`,
      async (_, key, events) => {
        const stream = `${events[0].metadata.tenantId}/${key}`;
        const position = positions.get(stream) ?? 0;
        positions.set(stream, position + events.length);
        await insert(stream, position, events);
      },
    );
  } finally {
    await pool.end();
  }
}

/** Jejak's adapter as the application role; `sharedTenant` puts every writer in one tenant. */
export async function appendJejak(
  db: BenchDatabase,
  shape: WriteShape,
  sharedTenant: boolean,
): Promise<RunResult> {
  const store = createPostgresEventStore({ url: db.appUrl, poolSize: shape.writers });
  const prefix = runPrefix();
  const tenantOf = (writer: number): string => (sharedTenant ? `${prefix}shared` : `${prefix}w${writer}`);
  try {
    return await runWriters(shape, tenantOf, (writer, key, events) =>
      requestContext.run({ tenantId: tenantOf(writer), platform: false }, async () => {
        await store.appendToStream(`${tenantOf(writer)}/${key}`, events);
      }),
    );
  } finally {
    await store.close();
  }
}

/**
 * Emmett's driver (dumbo) swaps node-postgres' global parsers for bigint and json; they are put
 * back afterwards, so that Jejak's runs, interleaved with Emmett's, read as they would alone.
 */
async function withOwnParsers<T>(fn: () => Promise<T>): Promise<T> {
  const saved = ([20, 114, 3802] as const).map((oid) => [oid, types.getTypeParser(oid)] as const);
  try {
    return await fn();
  } finally {
    for (const [oid, parser] of saved) types.setTypeParser(oid, parser);
  }
}

/** Emmett's PostgreSQL store (its schema made on first use), as the owner, in the same database. */
export function appendEmmett(db: BenchDatabase, shape: WriteShape): Promise<RunResult> {
  return withOwnParsers(() => appendEmmettRun(db, shape));
}

async function appendEmmettRun(db: BenchDatabase, shape: WriteShape): Promise<RunResult> {
  const store = getPostgreSQLEventStore(db.ownerUrl);
  const prefix = runPrefix();
  try {
    await store.appendToStream(`warmup-${prefix}`, [{ type: 'Warmup', data: {} }]);
    return await runWriters(
      shape,
      (w) => `${prefix}w${w}`,
      async (_, key, events) => {
        await store.appendToStream(
          `realization-${events[0].metadata.tenantId}${key}`,
          events.map((e) => ({
            type: e.type,
            data: e.data as Record<string, unknown>,
            metadata: { ...e.metadata },
          })),
        );
      },
    );
  } finally {
    await store.close();
  }
}

export interface ReadResult extends RunResult {
  readonly stored: number;
  /** Distinct events seen (`events` counts every one delivered, repeats included). */
  readonly distinct: number;
  /** Strictly ascending log positions (not checked for Emmett, whose positions are not comparable so). */
  readonly ordered?: boolean;
}

export async function readAllJejak(db: BenchDatabase, batch: number, stored: number): Promise<ReadResult> {
  const store = createPostgresEventStore({ url: db.appUrl, poolSize: 1 });
  const seen = new Set<string>();
  let count = 0;
  let ordered = true;
  let last: RecordedEvent | undefined;
  const started = performance.now();
  try {
    await requestContext.run({ platform: true }, async () => {
      for (let after = LOG_START; ;) {
        const events = await store.readAll({ after, maxCount: batch });
        for (const event of events) {
          count++;
          ordered &&= !last || compareLogPositions(last.position, event.position) < 0;
          seen.add(event.id);
          last = event;
        }
        if (events.length < batch) break;
        after = events[events.length - 1].position;
      }
    });
  } finally {
    await store.close();
  }
  const seconds = (performance.now() - started) / 1000;
  return { events: count, seconds, stored, distinct: seen.size, ordered };
}

export function readAllEmmett(db: BenchDatabase, batch: number, stored: number): Promise<ReadResult> {
  return withOwnParsers(() => readAllEmmettRun(db, batch, stored));
}

async function readAllEmmettRun(db: BenchDatabase, batch: number, stored: number): Promise<ReadResult> {
  const pool = dumbo({ connectionString: db.ownerUrl });
  const seen = new Set<string>();
  let count = 0;
  const started = performance.now();
  try {
    for (let after = 0n; ;) {
      const { messages } = await readMessagesBatch(pool.execute, { after, batchSize: batch });
      for (const message of messages) {
        seen.add(message.metadata.messageId);
        count++;
      }
      if (messages.length < batch) break;
      after = messages[messages.length - 1].metadata.globalPosition;
    }
  } finally {
    await pool.close();
  }
  const seconds = (performance.now() - started) / 1000;
  return { events: count, seconds, stored, distinct: seen.size };
}

export async function countRows(db: BenchDatabase, table: 'events' | 'emt_messages'): Promise<number> {
  const pool = createPool(db.ownerUrl, { max: 1 });
  try {
    const { rows } = await pool.query(`SELECT count(*)::int AS n FROM ${table}`);
    return rows[0].n;
  } finally {
    await pool.end();
  }
}

import { getPostgreSQLEventStore, readMessagesBatch } from '@event-driven-io/emmett-postgresql';
import { dumbo } from '@event-driven-io/dumbo';
import { types } from 'pg';
import { createPool, requestContext } from '@jejak/database';
import { LOG_START, RecordedEvent, compareLogPositions, createPostgresEventStore } from '@jejak/eventstore';
import { BenchDatabase, PlainTable, plainInsert } from './bench-database';
import { CpuMeter } from './cpu-meter';
import { RunResult, runWriters } from './workload';

export interface WriteShape {
  readonly events: number;
  readonly writers: number;
  readonly batch: number;
  readonly meter?: CpuMeter;
}

/**
 * One system under test, with its connections open for all of its runs: every round of every
 * scenario finds its pool warm (backends started, catalogs cached, statements prepared), as a
 * long-running service would, instead of paying a cold start inside the measured time — which
 * charged each system for its number of statements to prepare rather than for its appends.
 */
export interface Appender {
  run(shape: WriteShape): Promise<RunResult>;
  close(): Promise<void>;
}

let runs = 0;
/** Tenants and streams unique to each run, so warm-ups and rounds never collide. */
const runPrefix = (): string => `r${++runs}`;

/** One multi-row INSERT per batch into the bare table (or the events-shaped one), as the owner. */
export function plainAppender(
  db: BenchDatabase,
  writers: number,
  table: PlainTable = 'plain_events',
): Appender {
  const pool = createPool(db.ownerUrl, { max: writers });
  const insert = plainInsert(pool, table);
  return {
    run: (shape) => {
      const prefix = runPrefix();
      const positions = new Map<string, number>();
      return runWriters(
        shape,
        (w) => `${prefix}w${w}`,
        async (_, key, events) => {
          const stream = `${events[0].metadata.tenantId}/${key}`;
          const position = positions.get(stream) ?? 0;
          positions.set(stream, position + events.length);
          await insert(stream, position, events);
        },
      );
    },
    close: () => pool.end(),
  };
}

/** Jejak's adapter as the application role; `sharedTenant` puts every writer in one tenant. */
export function jejakAppender(db: BenchDatabase, writers: number, sharedTenant: boolean): Appender {
  const store = createPostgresEventStore({ url: db.appUrl, poolSize: writers });
  return {
    run: (shape) => {
      const prefix = runPrefix();
      const tenantOf = (writer: number): string => (sharedTenant ? `${prefix}shared` : `${prefix}w${writer}`);
      return runWriters(shape, tenantOf, (writer, key, events) =>
        requestContext.run({ tenantId: tenantOf(writer), platform: false }, async () => {
          await store.appendToStream(`${tenantOf(writer)}/${key}`, events);
        }),
      );
    },
    close: () => store.close(),
  };
}

const PARSED_TYPES = [20, 114, 3802] as const;
type Parsers = (readonly [number, ReturnType<typeof types.getTypeParser>])[];
const currentParsers = (): Parsers => PARSED_TYPES.map((oid) => [oid, types.getTypeParser(oid)] as const);
const installParsers = (parsers: Parsers): void => {
  for (const [oid, parser] of parsers) types.setTypeParser(oid, parser);
};

/**
 * Runs `fn` with Emmett's node-postgres parsers for bigint and json (its driver, dumbo, installs
 * them globally, once per process), then puts the previous ones back, so that Jejak's runs,
 * interleaved with Emmett's, read as they would alone — and Emmett's as it expects.
 */
async function withParsers<T>(parsers: Parsers | undefined, fn: () => Promise<T>): Promise<T> {
  const saved = currentParsers();
  if (parsers) installParsers(parsers);
  try {
    return await fn();
  } finally {
    installParsers(saved);
  }
}

/** The parsers dumbo installed, captured when the first Emmett store is made. */
let emmettParsers: Parsers | undefined;

/** Emmett's PostgreSQL store through its real API, as the owner, in the same database, on a pool as large. */
export async function emmettAppender(db: BenchDatabase, writers: number): Promise<Appender> {
  const pool = createPool(db.ownerUrl, { max: writers });
  const store = await withParsers(undefined, async () => {
    const created = getPostgreSQLEventStore(db.ownerUrl, { connectionOptions: { pooled: true, pool } });
    // Its schema is made on first use.
    await created.appendToStream('warmup-emmett', [{ type: 'Warmup', data: {} }]);
    emmettParsers ??= currentParsers();
    return created;
  });
  return {
    run: (shape) =>
      withParsers(emmettParsers, () =>
        runWriters(
          shape,
          (w) => `${runPrefix()}w${w}`,
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
        ),
      ),
    close: async () => {
      await store.close();
      await pool.end().catch(() => undefined);
    },
  };
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
  return withParsers(emmettParsers, () => readAllEmmettRun(db, batch, stored));
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

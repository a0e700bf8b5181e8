import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { loadConfig, withRole } from '@jejak/config';
import { createPool, dropDatabase, ensureDatabase, runMigrations } from '@jejak/database';
import { EventStore1760000000100, NewEvent } from '@jejak/eventstore';

export interface BenchDatabase {
  readonly ownerUrl: string;
  readonly appUrl: string;
  drop(): Promise<void>;
}

/** A database of the benchmark's own, with the event store's migration and the baseline table. */
export async function benchDatabase(): Promise<BenchDatabase> {
  const config = loadConfig();
  const url = new URL(config.databaseUrl);
  url.pathname = `/jejak_bench_${randomBytes(3).toString('hex')}`;
  const ownerUrl = url.toString();
  await ensureDatabase(ownerUrl);
  await runMigrations(ownerUrl, [EventStore1760000000100]);
  const owner = createPool(ownerUrl, { max: 1 });
  await owner.query(PLAIN_TABLE_SQL);
  await owner.query(EVENTS_SHAPED_TABLE_SQL);
  await owner.end();
  return {
    ownerUrl,
    appUrl: withRole(ownerUrl, config.appDatabaseRole, process.env.APP_DATABASE_PASSWORD),
    drop: () => (process.env.BENCH_KEEP === '1' ? Promise.resolve() : dropDatabase(ownerUrl)),
  };
}

/** The baseline: the events table's columns, a primary key and nothing else. */
const PLAIN_TABLE_SQL = `
  CREATE TABLE plain_events (
    global_position bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id text NOT NULL, stream_id text NOT NULL, stream_position int NOT NULL, event_id uuid NOT NULL,
    type text NOT NULL, schema_version int NOT NULL, data jsonb NOT NULL, metadata jsonb NOT NULL,
    occurred_at timestamptz NULL, recorded_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    tx_id xid8 NOT NULL DEFAULT pg_current_xact_id(), hash bytea NOT NULL
  )`;

/**
 * A reference, not a baseline: the events table's columns, collations, keys and indexes (LIKE …
 * INCLUDING ALL; no row-level security, no triggers), to see what the table's shape alone costs
 * against the bare one, before any of the event store's own work (chain, lock, checks).
 */
const EVENTS_SHAPED_TABLE_SQL = 'CREATE TABLE events_shaped (LIKE events INCLUDING ALL)';

export type PlainTable = 'plain_events' | 'events_shaped';

const COLUMNS = 10;
const HASH = Buffer.alloc(32, 7);

/** One multi-row INSERT per batch (one round trip, one commit), as a plain event table would take. */
export function plainInsert(
  pool: Pool,
  table: PlainTable = 'plain_events',
): (stream: string, position: number, events: NewEvent[]) => Promise<void> {
  return async (stream, position, events) => {
    const rows = events.map(
      (_, r) => `(${Array.from({ length: COLUMNS }, (_, c) => `$${r * COLUMNS + c + 1}`).join(', ')})`,
    );
    const values = events.flatMap((e, n) => [
      e.metadata.tenantId,
      stream,
      position + n,
      e.id,
      e.type,
      e.metadata.schemaVersion,
      JSON.stringify(e.data),
      JSON.stringify(e.metadata),
      e.metadata.occurredAt ?? null,
      HASH,
    ]);
    await pool.query({
      name: `${table}-insert-${events.length}`,
      text: `INSERT INTO ${table} (tenant_id, stream_id, stream_position, event_id, type, schema_version, data,
               metadata, occurred_at, hash)
             VALUES ${rows.join(', ')}`,
      values,
    });
  };
}

import { Pool, PoolClient } from 'pg';
import { SET_TENANT_SQL, sessionSettings } from '@jejak/database';
import { ChainVerification } from '../event-store.port';

const BATCH_SIZE = 20000;

interface BatchRow {
  readonly n: number;
  readonly last_position: string;
  readonly last_hash: string;
  readonly broken_position: string | null;
}

/** The link `jejak_append` would have stored for `e`, chained on `prev` (see event-store.functions.ts). */
const LINK = `sha256(%PREV% || jejak_event_digest(e.tenant_id, e.stream_id, e.stream_position, e.event_id,
  e.type, e.schema_version, e.data, e.metadata, e.occurred_at, e.recorded_at))`;

/**
 * One batch of the chain, in append order (global position: a tenant's appends are serialised
 * by its head lock, so their positions are drawn in chain order). Each link is checked against
 * its stored predecessor (lag), so the batch is one set-based pass, not a row-by-row loop;
 * $2 is the stored hash just before the batch. Returns the count, the last position and hash,
 * and the first position whose stored hash is not the recomputed one.
 */
const BATCH_SQL = `
  SELECT count(*)::int AS n, max(global_position)::text AS last_position,
         encode((array_agg(hash ORDER BY global_position DESC))[1], 'hex') AS last_hash,
         min(global_position) FILTER (WHERE expected <> hash)::text AS broken_position
    FROM (SELECT e.global_position, e.hash,
                 ${LINK.replace('%PREV%', 'coalesce(lag(e.hash) OVER (ORDER BY e.global_position), $2::bytea)')} AS expected
            FROM (SELECT * FROM events WHERE tenant_id = $1 AND global_position > $3::bigint
                   ORDER BY global_position LIMIT $4::int) e) v`;

const BROKEN_LINK_SQL = `
  SELECT e.event_id, e.stream_id, e.stream_position, e.tx_id, e.global_position, encode(e.hash, 'hex') AS stored,
         encode(${LINK.replace(
           '%PREV%',
           `coalesce((SELECT p.hash FROM events p WHERE p.tenant_id = e.tenant_id AND p.global_position < e.global_position
                       ORDER BY p.global_position DESC LIMIT 1), ''::bytea)`,
         )}, 'hex') AS expected
    FROM events e WHERE e.global_position = $1::bigint`;

const HEAD_SQL =
  "SELECT event_count, encode(head_hash, 'hex') AS head_hash FROM tenant_heads WHERE tenant_id = $1";

/**
 * Walks a tenant's chain in batches inside one read-only repeatable-read transaction, so the
 * walk and the head it ends on are one consistent picture however long the chain is. The head
 * row catches what links cannot: events removed from the chain's tail.
 */
export async function verifyChain(pool: Pool, tenantId: string): Promise<ChainVerification> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    await client.query(SET_TENANT_SQL, sessionSettings());
    const result = await walk(client, tenantId);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function walk(client: PoolClient, tenantId: string): Promise<ChainVerification> {
  let eventCount = 0;
  let after = '0';
  let headHash: string | null = null;
  let brokenPosition: string | null = null;
  for (;;) {
    const prev: Buffer = Buffer.from(headHash ?? '', 'hex');
    const { rows } = await client.query<BatchRow>(BATCH_SQL, [tenantId, prev, after, BATCH_SIZE]);
    const batch: BatchRow = rows[0];
    if (batch.n === 0) break;
    eventCount += batch.n;
    after = batch.last_position;
    headHash = batch.last_hash;
    brokenPosition ??= batch.broken_position;
    if (batch.n < BATCH_SIZE) break;
  }
  const firstBroken = brokenPosition === null ? null : await brokenLink(client, brokenPosition);
  const head = await client.query(HEAD_SQL, [tenantId]);
  const stored = head.rows[0] ?? { event_count: '0', head_hash: null };
  const headMatches = Number(stored.event_count) === eventCount && stored.head_hash === headHash;
  return { tenantId, eventCount, headHash, valid: firstBroken === null && headMatches, firstBroken };
}

async function brokenLink(client: PoolClient, position: string): Promise<ChainVerification['firstBroken']> {
  const { rows } = await client.query(BROKEN_LINK_SQL, [position]);
  const row = rows[0];
  return {
    eventId: row.event_id,
    streamId: row.stream_id,
    streamPosition: row.stream_position,
    position: { commit: BigInt(row.tx_id), prepare: BigInt(row.global_position) },
    expectedHash: row.expected,
    storedHash: row.stored,
  };
}

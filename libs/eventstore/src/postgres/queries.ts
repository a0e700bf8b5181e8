import { EVENT_COLUMNS } from './rows';

/**
 * One statement that first binds the request's row-level-security settings ($1 tenant, $2
 * platform, local to the statement's implicit transaction) and then runs `inner` (whose own
 * parameters start at $3). The order is the plan's shape, not luck: the settings' subquery has
 * volatile functions in its target list, so the planner neither merges it into the join nor
 * drops its unused column, and the LATERAL subquery (kept apart by its OFFSET) refers to it, so
 * it can only run as the inner side of a nested loop, gated on the settings' row already made.
 * This saves the BEGIN / set_config / COMMIT round trips of `inTenantTransaction`.
 */
export function scoped(inner: string, orderBy?: string): string {
  return `SELECT q.* FROM
    (SELECT set_config('jejak.tenant_id', $1, true) AS tenant, set_config('jejak.platform', $2, true) AS platform) ctx
    CROSS JOIN LATERAL (SELECT * FROM (${inner}) i WHERE ctx.tenant IS NOT NULL OFFSET 0) q
    ${orderBy ? `ORDER BY ${orderBy}` : ''}`;
}

/** $3 stream, $4 expected revision, $5 events (jsonb), $6 outbox messages (jsonb or null). */
export const APPEND_SQL = scoped('SELECT * FROM jejak_append($3, $4, $5::jsonb, $6::jsonb)');

/** $3 tenant, $4 stream, $5 from revision, $6 recorded up to, $7 occurred up to, $8 max count. */
export const READ_STREAM_SQL = scoped(
  `SELECT ${EVENT_COLUMNS} FROM events
    WHERE tenant_id = $3 AND stream_id = $4 AND stream_position >= $5
      AND ($6::timestamptz IS NULL OR recorded_at <= $6::timestamptz)
      AND ($7::timestamptz IS NULL OR coalesce(occurred_at, recorded_at) <= $7::timestamptz)
    ORDER BY stream_position LIMIT $8::int`,
  'q.stream_position',
);

/**
 * $3 after commit (xid8), $4 after prepare (global position), $5 max count.
 *
 * Why not `global_position > $after ORDER BY global_position`: a position is drawn from the
 * sequence when the row is inserted but becomes visible only when its transaction commits, so a
 * slow transaction can commit position 100 after a fast one committed 101 — and a reader that
 * had already moved past 101 would never see 100. Instead the log is ordered by the writing
 * transaction's id, then position, and only transactions older than the oldest one still running
 * (the snapshot's xmin) are read: every such transaction has ended, and any transaction not yet
 * ended — or not yet begun — has an id at or above xmin, so it sorts after everything returned.
 * Nothing is skipped, nothing repeated; the price is that a long transaction holds readers back.
 */
export const READ_ALL_SQL = scoped(
  `SELECT ${EVENT_COLUMNS} FROM events
    WHERE (tx_id, global_position) > ($3::xid8, $4::bigint)
      AND tx_id < pg_snapshot_xmin(pg_current_snapshot())
    ORDER BY tx_id, global_position LIMIT $5::int`,
  'q.tx_id, q.global_position',
);

/** The channel the writer notifies on commit, so the relay need not wait for its timer. */
export const OUTBOX_CHANNEL = 'jejak_outbox';

/**
 * One round trip for a whole batch; `pg_notify` inside the caller's transaction is delivered
 * only if it commits.
 */
export const INSERT_OUTBOX_SQL = `
  WITH inserted AS (
    INSERT INTO outbox (tenant_id, queue, job_name, job_id, payload, delay_ms)
    SELECT $1, m.queue, m.name, m."jobId", m.payload, coalesce(m."delayMs", 0)
      FROM jsonb_to_recordset($2::jsonb) AS m(queue text, name text, "jobId" text, payload jsonb, "delayMs" int)
    RETURNING id
  )
  SELECT pg_notify('${OUTBOX_CHANNEL}', count(*)::text) FROM inserted`;

/**
 * Claims undispatched rows; concurrent relays skip each other's locked rows instead of waiting.
 * $2 (queues) null means every queue; $3 lists rows this relay has set aside as unsendable.
 */
export const CLAIM_OUTBOX_SQL = `
  SELECT id, tenant_id, queue, job_name, job_id, payload, delay_ms
    FROM outbox
   WHERE dispatched_at IS NULL
     AND ($2::text[] IS NULL OR queue = ANY($2::text[]))
     AND NOT (id = ANY($3::bigint[]))
   ORDER BY id
   LIMIT $1
     FOR UPDATE SKIP LOCKED`;

export const MARK_DISPATCHED_SQL = 'UPDATE outbox SET dispatched_at = now() WHERE id = ANY($1::bigint[])';

export interface OutboxRow {
  readonly id: string;
  readonly tenant_id: string;
  readonly queue: string;
  readonly job_name: string;
  readonly job_id: string;
  readonly payload: unknown;
  readonly delay_ms: number;
}

import { appRole } from '@jejak/database';

/**
 * SQLSTATEs raised by `jejak_append`, mapped to the port's errors by the adapter. The DETAIL
 * carries the data the error needs (the actual revision, the ids already stored).
 */
export const APPEND_ERRORS = {
  immutable: 'JE000',
  wrongExpectedRevision: 'JE001',
  eventIdConflict: 'JE002',
} as const;

/**
 * The digest of one event's content; its link in the tenant's hash chain is
 * sha256(previous link || digest). The content has one line per stored column — strings as JSON
 * string literals (so no field holds a raw newline), data and metadata in jsonb's canonical text
 * (keys sorted, fixed spacing), timestamps as epoch microseconds — so it depends on no session
 * setting (TimeZone, DateStyle) and `verify` recomputes it from the row alone. recorded_at is
 * covered: as-of reads depend on it.
 */
const EVENT_DIGEST_FUNCTION = `
CREATE FUNCTION jejak_event_digest(
  p_tenant text, p_stream text, p_position int, p_event_id uuid, p_type text, p_schema_version int,
  p_data jsonb, p_metadata jsonb, p_occurred_at timestamptz, p_recorded_at timestamptz
) RETURNS bytea LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT sha256(convert_to(concat_ws(E'\\n',
    to_json(p_tenant), to_json(p_stream), p_position, p_event_id, to_json(p_type), p_schema_version,
    coalesce((extract(epoch FROM p_occurred_at) * 1000000)::bigint::text, 'null'),
    (extract(epoch FROM p_recorded_at) * 1000000)::bigint,
    p_data, p_metadata
  ), 'UTF8'))
$$`;

/** The events of an append's JSON batch as typed columns, numbered from 1 in batch order. */
const NEW_EVENTS_FUNCTION = `
CREATE FUNCTION jejak_new_events(p_events jsonb)
RETURNS TABLE (n int, event_id uuid, type text, schema_version int, data jsonb, metadata jsonb, occurred_at timestamptz)
LANGUAGE sql STABLE AS $$
  SELECT x.n::int, (x.e->>'id')::uuid, x.e->>'type', coalesce((x.e->'metadata'->>'schemaVersion')::int, 1),
         coalesce(x.e->'data', 'null'::jsonb), coalesce(x.e->'metadata', '{}'::jsonb),
         (x.e->'metadata'->>'occurredAt')::timestamptz
    FROM jsonb_array_elements(p_events) WITH ORDINALITY AS x(e, n)
$$`;

/**
 * The whole append in one round trip, as the caller (SECURITY INVOKER: row-level security
 * applies). p_expected is 'any', 'no_stream', 'stream_exists' or a revision; p_events is a JSON
 * array of {id, type, data, metadata}; p_outbox a JSON array of outbox messages or null.
 */
const APPEND_FUNCTION = `
CREATE FUNCTION jejak_append(p_stream text, p_expected text, p_events jsonb, p_outbox jsonb DEFAULT NULL)
RETURNS TABLE (revision int, log_commit xid8, log_prepare bigint, appended boolean)
LANGUAGE plpgsql SECURITY INVOKER
-- Row-level security's filter makes the planner guess a stream holds ~1 row, so it would read a
-- whole stream through a bitmap scan to find its last position; one step of a backward index
-- scan does it, whatever the stream's length.
SET enable_bitmapscan = off
AS $$
DECLARE
  v_tenant  text := split_part(p_stream, '/', 1);
  v_count   int := jsonb_array_length(p_events);
  v_now     timestamptz := date_trunc('milliseconds', clock_timestamp());
  v_ids     uuid[];
  v_head    bytea;
  v_current int;
  v_last    bigint;
  v_links   bytea[];
  v_found   record;
BEGIN
  IF v_tenant = '' OR strpos(p_stream, '/') = 0 THEN
    RAISE EXCEPTION 'stream name "%" is not of the form {tenant}/{name}', p_stream USING ERRCODE = '22023';
  END IF;

  -- The tenant's chain head, locked until commit: the tenant's appends run one at a time, so
  -- its chain is serial; other tenants append in parallel. Another tenant's head is invisible
  -- here, and creating it fails row-level security's check.
  SELECT h.head_hash INTO v_head FROM tenant_heads h WHERE h.tenant_id = v_tenant FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO tenant_heads (tenant_id) VALUES (v_tenant) ON CONFLICT DO NOTHING;
    SELECT h.head_hash INTO v_head FROM tenant_heads h WHERE h.tenant_id = v_tenant FOR UPDATE;
  END IF;

  -- Idempotency. A retry repeats its whole batch, so the first id tells: when that one is new,
  -- any other id already stored fails the insert on the unique index (the adapter maps it to a
  -- conflict), and the common path pays for one index probe, not one per event.
  IF EXISTS (SELECT FROM events e WHERE e.event_id = (p_events->0->>'id')::uuid) THEN
    v_ids := ARRAY(SELECT (x->>'id')::uuid FROM jsonb_array_elements(p_events) x);
    SELECT count(*) AS total, count(*) FILTER (WHERE e.stream_id = p_stream) AS in_stream,
           string_agg(e.event_id::text, ',') AS ids
      INTO v_found FROM events e WHERE e.event_id = ANY (v_ids);
    IF v_found.total = v_count AND v_found.in_stream = v_count THEN
      RETURN QUERY SELECT e.stream_position, e.tx_id, e.global_position, false FROM events e
        WHERE e.event_id = ANY (v_ids) ORDER BY e.stream_position DESC LIMIT 1;
      RETURN;
    END IF;
    RAISE EXCEPTION 'events % are already stored, but not the whole batch', v_found.ids
      USING ERRCODE = '${APPEND_ERRORS.eventIdConflict}', DETAIL = v_found.ids;
  END IF;

  -- Read under the head lock: no other append of this tenant can move the stream meanwhile.
  SELECT e.stream_position INTO v_current FROM events e
   WHERE e.tenant_id = v_tenant AND e.stream_id = p_stream ORDER BY e.stream_position DESC LIMIT 1;
  v_current := coalesce(v_current, -1);
  IF NOT (CASE p_expected
            WHEN 'any' THEN true
            WHEN 'no_stream' THEN v_current = -1
            WHEN 'stream_exists' THEN v_current >= 0
            ELSE v_current = p_expected::int END) THEN
    RAISE EXCEPTION 'stream % is at revision %, not %', p_stream, v_current, p_expected
      USING ERRCODE = '${APPEND_ERRORS.wrongExpectedRevision}', DETAIL = v_current::text;
  END IF;

  IF v_count = 0 THEN
    RETURN QUERY SELECT v_current, coalesce(max(e.tx_id), '0'::xid8), coalesce(max(e.global_position), 0), false
      FROM events e WHERE e.tenant_id = v_tenant AND e.stream_id = p_stream AND e.stream_position = v_current;
    RETURN;
  END IF;

  -- Digests set-wise, then the chain over them, then one insert; positions are drawn in batch
  -- order (ORDER BY), so a tenant's chain order is its global-position order.
  SELECT array_agg(jejak_event_digest(v_tenant, p_stream, v_current + e.n, e.event_id, e.type, e.schema_version,
                                      e.data, e.metadata, e.occurred_at, v_now) ORDER BY e.n)
    INTO v_links FROM jejak_new_events(p_events) e;
  v_head := coalesce(v_head, ''::bytea);
  FOR i IN 1 .. v_count LOOP
    v_head := sha256(v_head || v_links[i]);
    v_links[i] := v_head;
  END LOOP;
  WITH stored AS (
    INSERT INTO events (tenant_id, stream_id, stream_position, event_id, type, schema_version, data, metadata,
                        occurred_at, recorded_at, hash)
    SELECT v_tenant, p_stream, v_current + e.n, e.event_id, e.type, e.schema_version, e.data, e.metadata,
           e.occurred_at, v_now, v_links[e.n]
      FROM jejak_new_events(p_events) e ORDER BY e.n
    RETURNING global_position)
  SELECT max(stored.global_position) INTO v_last FROM stored;

  UPDATE tenant_heads SET event_count = event_count + v_count, head_hash = v_head WHERE tenant_id = v_tenant;

  IF p_outbox IS NOT NULL AND jsonb_array_length(p_outbox) > 0 THEN
    INSERT INTO outbox (tenant_id, queue, job_name, job_id, payload, delay_ms)
    SELECT v_tenant, o->>'queue', o->>'name', o->>'jobId', o->'payload', coalesce((o->>'delayMs')::int, 0)
      FROM jsonb_array_elements(p_outbox) o;
    -- Wakes the outbox relay on commit (libs/outbox, OUTBOX_CHANNEL); only appends with jobs pay for it.
    PERFORM pg_notify('jejak_outbox', jsonb_array_length(p_outbox)::text);
  END IF;

  RETURN QUERY SELECT v_current + v_count, pg_current_xact_id(), v_last, true;
END $$`;

export function eventStoreFunctionsSql(): string[] {
  return [
    EVENT_DIGEST_FUNCTION,
    NEW_EVENTS_FUNCTION,
    APPEND_FUNCTION,
    'REVOKE ALL ON FUNCTION jejak_append(text, text, jsonb, jsonb) FROM PUBLIC',
    `GRANT EXECUTE ON FUNCTION jejak_append(text, text, jsonb, jsonb) TO ${appRole()}`,
  ];
}

import { appRole, tenantIsolationSql } from '@jejak/database';

/**
 * Tables, indexes, immutability triggers and row-level security of the event store. Tenant and
 * stream ids are identifiers, not prose: collation "C" compares them bytewise, which makes every
 * index on them markedly cheaper to maintain than under a linguistic collation.
 */
export function eventStoreSchemaSql(): string[] {
  const app = appRole();
  return [
    `CREATE TABLE events (
       global_position bigint GENERATED ALWAYS AS IDENTITY,
       tenant_id       text        COLLATE "C" NOT NULL,
       stream_id       text        COLLATE "C" NOT NULL,
       stream_position int         NOT NULL,
       event_id        uuid        NOT NULL UNIQUE,
       type            text        NOT NULL,
       schema_version  int         NOT NULL,
       data            jsonb       NOT NULL,
       metadata        jsonb       NOT NULL,
       occurred_at     timestamptz NULL,
       recorded_at     timestamptz NOT NULL DEFAULT date_trunc('milliseconds', clock_timestamp()),
       tx_id           xid8        NOT NULL DEFAULT pg_current_xact_id(),
       hash            bytea       NOT NULL,
       CONSTRAINT events_stream_position UNIQUE (tenant_id, stream_id, stream_position),
       -- The identity already makes positions unique; keyed with the tenant first, the one index
       -- serves both uniqueness and verify()'s walk of a tenant's chain in append order.
       CONSTRAINT events_pkey PRIMARY KEY (tenant_id, global_position)
     )`,
    // Global reads walk (tx_id, global_position); see postgres-event-store.ts for why.
    'CREATE INDEX events_log_order ON events (tx_id, global_position)',

    `CREATE TABLE tenant_heads (
       tenant_id   text   COLLATE "C" PRIMARY KEY,
       event_count bigint NOT NULL DEFAULT 0,
       head_hash   bytea  NULL
     )`,

    `CREATE TABLE outbox (
       id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
       tenant_id     text        COLLATE "C" NOT NULL,
       queue         text        NOT NULL,
       job_name      text        NOT NULL,
       job_id        text        NOT NULL,
       payload       jsonb       NULL,
       delay_ms      int         NOT NULL DEFAULT 0,
       created_at    timestamptz NOT NULL DEFAULT now(),
       dispatched_at timestamptz NULL
     )`,
    'CREATE INDEX outbox_pending ON outbox (id) WHERE dispatched_at IS NULL',
    ...tenantIsolationSql('outbox', 'SELECT, INSERT, UPDATE'),

    // The log is append-only for everyone, the owner included: history is corrected by new events.
    `CREATE FUNCTION jejak_events_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       RAISE EXCEPTION 'events are immutable: % is refused on the event log (append a correcting event instead)', TG_OP
         USING ERRCODE = 'JE000';
     END $$`,
    `CREATE TRIGGER events_refuse_update_delete BEFORE UPDATE OR DELETE ON events
       FOR EACH ROW EXECUTE FUNCTION jejak_events_refuse_change()`,
    `CREATE TRIGGER events_refuse_truncate BEFORE TRUNCATE ON events
       FOR EACH STATEMENT EXECUTE FUNCTION jejak_events_refuse_change()`,

    // The application may read and append, nothing more; row-level security is forced on both.
    ...tenantIsolationSql('events', 'SELECT, INSERT'),
    ...tenantIsolationSql('tenant_heads', 'SELECT, INSERT, UPDATE'),
    `GRANT USAGE ON SEQUENCE events_global_position_seq, outbox_id_seq TO ${app}`,
  ];
}

import { EventMetadata, RecordedEvent } from '../event-store.port';

/**
 * The columns every read selects, in the shape {@link toRecordedEvent} maps (node-postgres
 * hands bigint, xid8 and uuid over as strings).
 */
export const EVENT_COLUMNS = `global_position, tx_id, tenant_id, stream_id, stream_position, event_id, type,
  schema_version, data, metadata, occurred_at, recorded_at, encode(hash, 'hex') AS hash`;

export interface EventRow {
  readonly global_position: string;
  readonly tx_id: string;
  readonly tenant_id: string;
  readonly stream_id: string;
  readonly stream_position: number;
  readonly event_id: string;
  readonly type: string;
  readonly schema_version: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
  readonly occurred_at: Date | null;
  readonly recorded_at: Date;
  readonly hash: string;
}

export function toRecordedEvent(row: EventRow): RecordedEvent {
  return {
    id: row.event_id,
    type: row.type,
    data: row.data,
    metadata: row.metadata,
    tenantId: row.tenant_id,
    streamId: row.stream_id,
    streamPosition: row.stream_position,
    position: { commit: BigInt(row.tx_id), prepare: BigInt(row.global_position) },
    schemaVersion: row.schema_version,
    occurredAt: row.occurred_at,
    recordedAt: row.recorded_at,
    hash: row.hash,
  };
}

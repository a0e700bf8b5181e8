import { DomainEvent, EventMetadata } from '@jejak/eventstore';
import { RecordedOf } from '@jejak/projections';

/** Where an event stands in the log, for a projection spec. */
export interface LogPlace {
  readonly tenantId: string;
  readonly stream: string;
  readonly streamPosition: number;
  readonly recordedAt: Date;
  /** When it took effect; null (undated) unless given. */
  readonly occurredAt?: Date | null;
  /** The global position's `prepare`; the stream position + 1 unless given (`commit` is 1). */
  readonly prepare?: bigint;
  /** Metadata beyond the tenant, schema version 1 and source `api`. */
  readonly metadata?: Partial<EventMetadata>;
}

/** An event as the log hands it to a projection: a projection spec's input, without a database. */
export function recordedEvent<E extends DomainEvent>(event: E, at: LogPlace): RecordedOf<E> {
  const { tenantId, stream, streamPosition } = at;
  return {
    ...event,
    id: `${stream}#${streamPosition}`,
    metadata: { tenantId, schemaVersion: 1, source: 'api', ...at.metadata },
    tenantId,
    streamId: stream,
    streamPosition,
    position: { commit: 1n, prepare: at.prepare ?? BigInt(streamPosition + 1) },
    schemaVersion: 1,
    occurredAt: at.occurredAt ?? null,
    recordedAt: at.recordedAt,
    hash: '00',
  } as unknown as RecordedOf<E>;
}

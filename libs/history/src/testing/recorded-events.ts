import { EventMetadata, RecordedEvent } from '@jejak/eventstore';

export const TENANT = 'kota-dumai';

/**
 * Events of one stream as the store would return them, numbered in order, for the specs of
 * the folds: each with its own effective date (null: undated) and recording instant.
 */
export function streamOf(
  stream: string,
  events: readonly {
    type: string;
    data: unknown;
    occurredAt?: string | null;
    recordedAt?: string;
    metadata?: Partial<EventMetadata>;
  }[],
): RecordedEvent[] {
  return events.map((event, i) => {
    const recordedAt = new Date(event.recordedAt ?? `2025-01-0${Math.min(i + 1, 9)}T00:00:00.000Z`);
    const occurredAt = event.occurredAt === undefined ? null : event.occurredAt;
    return {
      id: `${stream}#${i}`,
      type: event.type,
      data: event.data,
      metadata: { tenantId: TENANT, schemaVersion: 1, source: 'api', occurredAt, ...event.metadata },
      tenantId: TENANT,
      streamId: `${TENANT}/${stream}`,
      streamPosition: i,
      position: { commit: BigInt(i + 1), prepare: BigInt(i + 1) },
      schemaVersion: 1,
      occurredAt: occurredAt === null ? null : new Date(occurredAt),
      recordedAt,
      hash: '00'.repeat(32),
    };
  });
}

/** What the port's `occurredUpTo` keeps: took effect by `at`, an undated event counting from its recording. */
export const inForceBy = (events: readonly RecordedEvent[], at: string): RecordedEvent[] =>
  events.filter((e) => (e.occurredAt ?? e.recordedAt) <= new Date(at));

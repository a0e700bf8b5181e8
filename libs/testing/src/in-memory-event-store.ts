import {
  AppendOptions,
  AppendResult,
  ChainVerification,
  EventStore,
  LOG_START,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  Subscription,
  WrongExpectedRevisionError,
  compareLogPositions,
  tenantOfStream,
} from '@jejak/eventstore';

/**
 * The port in memory, for specs of handlers and projectors: positions are `{ n, n }`, nothing
 * is concurrent, no hash chain. The PostgreSQL adapter is what the int-specs use when present.
 */
export class InMemoryEventStore implements EventStore {
  readonly events: RecordedEvent[] = [];
  private clock = Date.parse('2024-01-08T02:00:00.000Z');

  async appendToStream(
    stream: string,
    events: readonly NewEvent[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    const existing = this.events.filter((event) => event.streamId === stream);
    const revision = existing.length - 1;
    const expected = options.expectedRevision ?? 'any';
    const ok =
      expected === 'any' ||
      (expected === 'no_stream' && revision < 0) ||
      (expected === 'stream_exists' && revision >= 0) ||
      expected === revision;
    if (!ok) throw new WrongExpectedRevisionError(stream, expected, revision < 0 ? 'no_stream' : revision);
    const fresh = events.filter((event) => !this.events.some((stored) => stored.id === event.id));
    fresh.forEach((event, index) => this.events.push(this.record(stream, event, revision + 1 + index)));
    const last = this.events[this.events.length - 1];
    return {
      nextExpectedRevision: revision + fresh.length,
      position: last?.position ?? LOG_START,
      appended: fresh.length > 0,
    };
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    return this.events
      .filter((event) => event.streamId === stream && event.streamPosition >= (options.fromRevision ?? 0))
      .slice(0, options.maxCount ?? Infinity);
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const after = options.after ?? LOG_START;
    return this.events
      .filter((event) => compareLogPositions(event.position, after) > 0)
      .slice(0, options.maxCount ?? Infinity);
  }

  subscribeToAll(): Subscription {
    throw new Error('InMemoryEventStore does not subscribe; projectors poll readAll');
  }

  async verify(tenantId: string): Promise<ChainVerification> {
    const own = this.events.filter((event) => event.tenantId === tenantId);
    return {
      tenantId,
      eventCount: own.length,
      headHash: own.at(-1)?.hash ?? null,
      valid: true,
      firstBroken: null,
    };
  }

  async close(): Promise<void> {}

  private record(stream: string, event: NewEvent, streamPosition: number): RecordedEvent {
    const n = BigInt(this.events.length + 1);
    const recordedAt = new Date((this.clock += 1000));
    return {
      ...event,
      tenantId: tenantOfStream(stream),
      streamId: stream,
      streamPosition,
      position: { commit: n, prepare: n },
      schemaVersion: event.metadata.schemaVersion,
      occurredAt: event.metadata.occurredAt ? new Date(event.metadata.occurredAt) : null,
      recordedAt,
      hash: n.toString(16).padStart(64, '0'),
    };
  }
}

import {
  AppendOptions,
  AppendResult,
  ChainVerification,
  EventStore,
  ExpectedRevision,
  LOG_START,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  Subscription,
  WrongExpectedRevisionError,
  revisionOf,
  tenantOfStream,
} from '@jejak/eventstore';

interface StagedStream {
  /** The real stream's revision when first read: what the flush expects it still to be. */
  readonly baseRevision: number;
  readonly recorded: readonly RecordedEvent[];
  readonly staged: NewEvent[];
}

export interface FlushedStream {
  readonly stream: string;
  /** Events the real store appended (0 when it already held every one of them: a retry). */
  readonly appended: number;
}

export interface FlushResult {
  readonly eventsAppended: number;
  readonly streams: readonly FlushedStream[];
}

/** Called when the real store refuses a stream's append; `written` are the streams flushed before it. */
export type FlushInterrupted = (stream: string, error: unknown, written: readonly FlushedStream[]) => Error;

/**
 * A dry run's event store: reads fall through to the real store (each stream read once, at its
 * first use) plus what was staged; appends are kept in memory, checked against the staged
 * revision as the real store would. `flush()` then writes the staged events stream by stream,
 * each expecting the revision first read, so a stream changed meanwhile is a conflict, not an
 * overwrite.
 */
export class StagingEventStore implements EventStore {
  private readonly streams = new Map<string, StagedStream>();
  private readonly recordedAt = new Date();

  constructor(private readonly real: EventStore) {}

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (options.recordedUpTo || options.occurredUpTo) {
      throw new Error('A dry run reads streams as they stand, not as of a time');
    }
    const { recorded, staged, baseRevision } = await this.load(stream);
    const events = [...recorded, ...staged.map((e, i) => this.asRecorded(stream, e, baseRevision + 1 + i))];
    const from = events.filter((e) => e.streamPosition >= (options.fromRevision ?? 0));
    return from.slice(0, options.maxCount ?? from.length);
  }

  async appendToStream(
    stream: string,
    events: readonly NewEvent[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    tenantOfStream(stream);
    const entry = await this.load(stream);
    const revision = entry.baseRevision + entry.staged.length;
    const expected = options.expectedRevision ?? 'any';
    if (!matches(expected, revision)) {
      throw new WrongExpectedRevisionError(stream, expected, revision < 0 ? 'no_stream' : revision);
    }
    entry.staged.push(...events);
    return {
      nextExpectedRevision: revision + events.length,
      position: LOG_START,
      appended: events.length > 0,
    };
  }

  /** How many events are staged, in all streams. */
  get stagedCount(): number {
    return [...this.streams.values()].reduce((n, s) => n + s.staged.length, 0);
  }

  /** Writes the staged events to the real store, stream by stream in the order first staged. */
  async flush(interrupted: FlushInterrupted): Promise<FlushResult> {
    const written: FlushedStream[] = [];
    for (const [stream, { baseRevision, staged }] of this.streams) {
      if (staged.length === 0) continue;
      const expectedRevision: ExpectedRevision = baseRevision < 0 ? 'no_stream' : baseRevision;
      let result: AppendResult;
      try {
        result = await this.real.appendToStream(stream, staged, { expectedRevision });
      } catch (error) {
        throw interrupted(stream, error, written);
      }
      written.push({ stream, appended: result.appended ? staged.length : 0 });
    }
    return { eventsAppended: written.reduce((n, s) => n + s.appended, 0), streams: written };
  }

  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]> {
    // The global log is the real one; staged events have no place in it yet.
    return this.real.readAll(options);
  }

  subscribeToAll(): Subscription {
    throw new Error('A dry run does not follow the log');
  }

  verify(tenantId: string): Promise<ChainVerification> {
    return this.real.verify(tenantId);
  }

  /** The real store belongs to the application: closing a dry run leaves it open. */
  async close(): Promise<void> {}

  private async load(stream: string): Promise<StagedStream> {
    let entry = this.streams.get(stream);
    if (!entry) {
      const recorded = await this.real.readStream(stream);
      entry = { baseRevision: revisionOf(recorded), recorded, staged: [] };
      // A concurrent read of the same stream may have filled it meanwhile: keep the first.
      entry = this.streams.get(stream) ?? entry;
      this.streams.set(stream, entry);
    }
    return entry;
  }

  private asRecorded(stream: string, event: NewEvent, streamPosition: number): RecordedEvent {
    const occurredAt = event.metadata.occurredAt;
    return {
      id: event.id,
      type: event.type,
      data: event.data,
      metadata: event.metadata,
      tenantId: tenantOfStream(stream),
      streamId: stream,
      streamPosition,
      position: LOG_START,
      schemaVersion: event.metadata.schemaVersion,
      occurredAt: occurredAt ? new Date(occurredAt) : null,
      recordedAt: this.recordedAt,
      hash: '',
    };
  }
}

function matches(expected: ExpectedRevision, revision: number): boolean {
  if (expected === 'any') return true;
  if (expected === 'no_stream') return revision < 0;
  if (expected === 'stream_exists') return revision >= 0;
  return expected === revision;
}

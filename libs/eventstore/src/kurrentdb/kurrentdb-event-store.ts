import {
  Filter,
  KurrentDBClient,
  type ResolvedEvent,
  START,
  StreamNotFoundError,
  streamNameFilter,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { requestContext } from '@jejak/database';
import {
  AppendOptions,
  AppendResult,
  ChainVerification,
  compareLogPositions,
  EventIdConflictError,
  EventStore,
  ExpectedRevision,
  LOG_START,
  LogPosition,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  TenantAccessDeniedError,
  WrongExpectedRevisionError,
} from '../event-store.port';
import { revisionOf } from '../handle-command';
import { chainBatch, chainVerifier, GENESIS_HASH } from './hash-chain';
import {
  allFilter,
  canSeeStream,
  canSeeTenant,
  checkExpectedRevision,
  cursorOf,
  isWithinAsOf,
  storedIdsOf,
  streamStateFor,
  tenantPrefix,
  toEventData,
  toRecordedEvent,
  visibilityOf,
} from './kurrentdb-mapping';
import { KurrentDbSubscription } from './kurrentdb-subscription';

const DEFAULT_READ_ALL_BATCH = 1000;
const PAGE_SIZE = 500;
/** Appends retried after a concurrent writer moved the stream under an 'any'/'stream_exists' append. */
const MAX_APPEND_ATTEMPTS = 5;

export class OutboxNotSupportedError extends Error {
  readonly code = 'EVENTSTORE.OUTBOX_NOT_SUPPORTED';
  constructor() {
    super('The KurrentDB event store cannot write outbox messages atomically with events');
  }
}

/**
 * The event store port on KurrentDB (EventStoreDB). Streams keep the tenant prefix; tenant
 * isolation, done by row-level security in PostgreSQL, is done here from the request context.
 * The hash chain is per stream, in event metadata (see `hash-chain.ts`).
 */
export class KurrentDbEventStore implements EventStore {
  constructor(private readonly client: KurrentDBClient) {}

  async appendToStream(
    stream: string,
    events: readonly NewEvent[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    // A KurrentDB deployment keeps PostgreSQL for the read models; there the outbox is to be
    // written by a relay following $all (future work), since no transaction spans both stores.
    if (options.outbox && options.outbox.length > 0) throw new OutboxNotSupportedError();
    if (!canSeeStream(this.visibility(), stream)) throw new TenantAccessDeniedError(stream);
    const expected = options.expectedRevision ?? 'any';
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await this.tryAppend(stream, events, expected);
      } catch (error) {
        // Someone appended between our read and our write: read again; the expectation decides.
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        if (attempt >= MAX_APPEND_ATTEMPTS) {
          const actual = error.actualState === 'no_stream' ? 'no_stream' : Number(error.actualState);
          throw new WrongExpectedRevisionError(stream, expected, actual);
        }
      }
    }
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    if (!canSeeStream(this.visibility(), stream)) return [];
    const asOf = options.recordedUpTo !== undefined || options.occurredUpTo !== undefined;
    const max = options.maxCount ?? Number.MAX_SAFE_INTEGER;
    if (max <= 0) return [];
    const events: RecordedEvent[] = [];
    for (const event of await this.readWholeStream(stream, options.fromRevision, asOf ? undefined : max)) {
      if (asOf && !isWithinAsOf(event, options)) continue;
      events.push(event);
      if (events.length >= max) break;
    }
    return events;
  }

  async readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    const visibility = this.visibility();
    if (visibility.kind === 'none') return [];
    const max = options.maxCount ?? DEFAULT_READ_ALL_BATCH;
    const events: RecordedEvent[] = [];
    if (max <= 0) return events;
    for await (const event of this.scanAll(allFilter(visibility), options.after)) {
      if (canSeeStream(visibility, event.streamId)) events.push(event);
      if (events.length >= max) break;
    }
    return events;
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    return new KurrentDbSubscription(this.client, this.visibility(), options.after);
  }

  async verify(tenantId: string): Promise<ChainVerification> {
    const verifier = chainVerifier(tenantId);
    // Another tenant's chain is as invisible as its events (PostgreSQL: row-level security).
    if (!canSeeTenant(this.visibility(), tenantId)) return verifier.result();
    const filter = streamNameFilter({ prefixes: [tenantPrefix(tenantId)] });
    for await (const event of this.scanAll(filter, undefined)) verifier.add(event);
    return verifier.result();
  }

  async close(): Promise<void> {
    await this.client.dispose();
  }

  private visibility() {
    return visibilityOf(requestContext.currentOrAnonymous());
  }

  private async tryAppend(
    stream: string,
    events: readonly NewEvent[],
    expected: ExpectedRevision,
  ): Promise<AppendResult> {
    const stored = await this.readWholeStream(stream);
    const revision = revisionOf(stored);
    // The server dedups a retried event id only in some cases; reading the stream makes it sure.
    const already = storedIdsOf(events, stored);
    if (already === 'all') {
      // As the PostgreSQL adapter: the retried batch's own last event, whatever came after it.
      const ids = new Set(events.map((event) => event.id));
      const last = stored.filter((event) => ids.has(event.id)).at(-1) as RecordedEvent;
      return { nextExpectedRevision: last.streamPosition, position: last.position, appended: false };
    }
    if (already !== 'none') throw new EventIdConflictError(stream, already);
    checkExpectedRevision(stream, expected, revision);
    if (events.length === 0) {
      return {
        nextExpectedRevision: revision,
        position: stored.at(-1)?.position ?? LOG_START,
        appended: false,
      };
    }
    const links = chainBatch(stream, events, revision, stored.at(-1)?.hash ?? GENESIS_HASH);
    const result = await this.client.appendToStream(
      stream,
      events.map((event, index) => toEventData(event, links[index])),
      { streamState: streamStateFor(revision) },
    );
    const next = Number(result.nextExpectedRevision);
    const position = await this.positionAt(stream, next);
    return { nextExpectedRevision: next, position, appended: next > revision };
  }

  /** A stream's events (bounded: yearly streams close with the year); [] when it does not exist. */
  private async readWholeStream(
    stream: string,
    fromRevision = 0,
    maxCount?: number,
  ): Promise<RecordedEvent[]> {
    const read = this.client.readStream(stream, {
      fromRevision: fromRevision > 0 ? BigInt(fromRevision) : START,
      ...(maxCount !== undefined ? { maxCount } : {}),
    });
    try {
      return await this.collect(read);
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
  }

  /**
   * The log position of the event at `revision`, read back rather than taken from the append's
   * response: that is the write's position, which the documentation does not promise to be its
   * last event's as `$all` reads show it, and the port compares the two.
   */
  private async positionAt(stream: string, revision: number): Promise<LogPosition> {
    const [event] = await this.readWholeStream(stream, revision, 1);
    return event?.position ?? LOG_START;
  }

  /**
   * `$all` after `after`, in pages. KurrentDB commits to `$all` in one order, so a position once
   * read is never preceded later by a slower writer's event. A page starts at the last position
   * read, which the server includes: it is skipped.
   */
  private async *scanAll(filter: Filter, after: LogPosition | undefined): AsyncGenerator<RecordedEvent> {
    let cursor = cursorOf(after);
    for (;;) {
      const start = cursor;
      let count = 0;
      for await (const resolved of this.client.readAll({
        fromPosition: cursor ?? START,
        maxCount: PAGE_SIZE,
        filter,
      })) {
        count += 1;
        const position = resolved.event?.position;
        if (!position || (cursor && compareLogPositions(position, cursor) <= 0)) continue;
        cursor = position;
        const event = toRecordedEvent(resolved);
        if (event) yield event;
      }
      if (count < PAGE_SIZE || cursor === start) return;
    }
  }

  private async collect(read: AsyncIterable<ResolvedEvent>): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    for await (const resolved of read) {
      const event = toRecordedEvent(resolved);
      if (event) events.push(event);
    }
    return events;
  }
}

/** The store for `EVENT_STORE=kurrentdb`, e.g. `kurrentdb://localhost:2113?tls=false`. */
export function createKurrentDbEventStore(url: string): KurrentDbEventStore {
  return new KurrentDbEventStore(KurrentDBClient.connectionString(url));
}

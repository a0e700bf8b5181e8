/**
 * The event store port. Every context appends and reads through this interface only; the
 * PostgreSQL adapter is the default, the KurrentDB (EventStoreDB) adapter passes the same
 * contract suite (`event-store.contract.ts`).
 *
 * Streams are named `{tenant}/{type}-{id}` (e.g. `kota-dumai/agreement-bkpsdm-2024`); the part
 * before the first `/` is the tenant, and a stream is only ever visible to its tenant (and to
 * the platform's own processes).
 */

/** Where an event stands in the global log; compare with {@link compareLogPositions}. */
export interface LogPosition {
  /** PostgreSQL: the writing transaction's id (xid8). KurrentDB: the commit position. */
  readonly commit: bigint;
  /** PostgreSQL: the global sequence number. KurrentDB: the prepare position. */
  readonly prepare: bigint;
}

export const LOG_START: LogPosition = Object.freeze({ commit: 0n, prepare: 0n });

export function compareLogPositions(a: LogPosition, b: LogPosition): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}

/** The stream's revision is the 0-based position of its last event. */
export type ExpectedRevision = number | 'any' | 'no_stream' | 'stream_exists';

export type EventSource = 'api' | 'import' | 'system';

/** Metadata every event carries (ARCHITECTURE.md, "Events are the truth"). */
export interface EventMetadata {
  readonly tenantId: string;
  readonly schemaVersion: number;
  readonly actor?: {
    readonly account: string;
    readonly name?: string;
    readonly post?: string;
    readonly acting?: string;
  };
  readonly correlationId?: string;
  readonly causationId?: string;
  /** When it happened or takes effect in the world (ISO 8601); null when the source gave no date. */
  readonly occurredAt?: string | null;
  readonly source: EventSource;
  readonly reason?: string;
  readonly legalBasis?: string;
  readonly [extra: string]: unknown;
}

/** An event as a decider produces it: plain readonly data. */
export interface DomainEvent<T extends string = string, D = unknown> {
  readonly type: T;
  readonly data: D;
}

/** An event ready to append: a unique id (a retry with the same id appends nothing). */
export interface NewEvent<E extends DomainEvent = DomainEvent> {
  readonly id: string;
  readonly type: E['type'];
  readonly data: E['data'];
  readonly metadata: EventMetadata;
}

export interface RecordedEvent<E extends DomainEvent = DomainEvent> {
  readonly id: string;
  readonly type: E['type'];
  readonly data: E['data'];
  readonly metadata: EventMetadata;
  readonly tenantId: string;
  readonly streamId: string;
  /** 0-based position within the stream. */
  readonly streamPosition: number;
  readonly position: LogPosition;
  readonly schemaVersion: number;
  readonly occurredAt: Date | null;
  readonly recordedAt: Date;
  /** Hex SHA-256 of this event's link in its tenant's hash chain. */
  readonly hash: string;
}

/**
 * A job to hand to a queue once the append commits (transactional outbox): written in the same
 * transaction as the events, moved to BullMQ by the relay, so a command never waits for Redis.
 */
export interface OutboxMessage {
  readonly queue: string;
  readonly name: string;
  /** Idempotent job id: derived from what the job does, so a second relay of it is a no-op. */
  readonly jobId: string;
  readonly payload: unknown;
  /** Run no earlier than this many milliseconds after the relay enqueues it. */
  readonly delayMs?: number;
}

export interface AppendOptions {
  /** Defaults to 'any'. A stale revision throws {@link WrongExpectedRevisionError}. */
  readonly expectedRevision?: ExpectedRevision;
  /** Jobs committed atomically with the events (PostgreSQL adapter). */
  readonly outbox?: readonly OutboxMessage[];
}

export interface AppendResult {
  /** The stream's revision after the append (the last event's stream position). */
  readonly nextExpectedRevision: number;
  /** The last appended event's log position. */
  readonly position: LogPosition;
  /** False when every event id was already stored: an idempotent retry appended nothing. */
  readonly appended: boolean;
}

export interface ReadStreamOptions {
  /** First stream position to return (inclusive). */
  readonly fromRevision?: number;
  /** Recorded axis: only events stored at or before this instant. */
  readonly recordedUpTo?: Date;
  /**
   * Effective axis: only events that took effect at or before this instant; an undated event
   * counts as taking effect when it was recorded.
   */
  readonly occurredUpTo?: Date;
  readonly maxCount?: number;
}

export interface ReadAllOptions {
  /** Exclusive: events strictly after this position. Defaults to {@link LOG_START}. */
  readonly after?: LogPosition;
  readonly maxCount?: number;
}

export interface SubscribeOptions {
  readonly after?: LogPosition;
  readonly batchSize?: number;
  /** How long to wait before polling again when caught up (PostgreSQL adapter). */
  readonly idleMs?: number;
}

/** A running subscription: iterate its events; `stop()` ends the iteration. */
export interface Subscription extends AsyncIterable<RecordedEvent> {
  stop(): Promise<void>;
}

export interface ChainVerification {
  readonly tenantId: string;
  readonly eventCount: number;
  /** Hex hash of the tenant's last event (null for a tenant with no events). */
  readonly headHash: string | null;
  readonly valid: boolean;
  /** The first event whose stored hash does not match its recomputed link. */
  readonly firstBroken: {
    readonly eventId: string;
    readonly streamId: string;
    readonly streamPosition: number;
    readonly position: LogPosition;
    readonly expectedHash: string;
    readonly storedHash: string;
  } | null;
}

export interface EventStore {
  appendToStream(stream: string, events: readonly NewEvent[], options?: AppendOptions): Promise<AppendResult>;
  /** The stream's events in order; [] for a stream that does not exist. */
  readStream(stream: string, options?: ReadStreamOptions): Promise<RecordedEvent[]>;
  /**
   * The log in global order, in batches. Never skips an event that a slower concurrent writer
   * commits later, and never returns one twice.
   */
  readAll(options?: ReadAllOptions): Promise<RecordedEvent[]>;
  /** Catches up from `after`, then follows new events live. */
  subscribeToAll(options?: SubscribeOptions): Subscription;
  /** Walks the tenant's hash chain and names its first broken link. */
  verify(tenantId: string): Promise<ChainVerification>;
  close(): Promise<void>;
}

export const EVENT_STORE = Symbol('EVENT_STORE');

export function tenantOfStream(stream: string): string {
  const slash = stream.indexOf('/');
  if (slash <= 0) throw new InvalidStreamNameError(stream);
  return stream.slice(0, slash);
}

export class WrongExpectedRevisionError extends Error {
  readonly code = 'EVENTSTORE.WRONG_EXPECTED_REVISION';
  constructor(
    readonly stream: string,
    readonly expected: ExpectedRevision,
    readonly actual: number | 'no_stream',
  ) {
    super(`Stream ${stream} is at revision ${String(actual)}, not ${String(expected)}`);
  }
}

export class InvalidStreamNameError extends Error {
  readonly code = 'EVENTSTORE.INVALID_STREAM_NAME';
  constructor(readonly stream: string) {
    super(`Stream name "${stream}" is not of the form {tenant}/{name}`);
  }
}

/** Some, but not all, of a batch's event ids are already stored: not a retry, a mistake. */
export class EventIdConflictError extends Error {
  readonly code = 'EVENTSTORE.EVENT_ID_CONFLICT';
  constructor(
    readonly stream: string,
    readonly eventIds: readonly string[],
  ) {
    super(`Events ${eventIds.join(', ')} are already stored, but not the whole batch`);
  }
}

/** The stream belongs to another tenant than the one in context: to the caller it does not exist. */
export class TenantAccessDeniedError extends Error {
  readonly code = 'EVENTSTORE.TENANT_ACCESS_DENIED';
  constructor(readonly stream: string) {
    super(`Stream ${stream} is not in the current tenant`);
  }
}

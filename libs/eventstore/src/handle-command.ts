import { Command, Decider } from './decider';
import {
  DomainEvent,
  EventMetadata,
  EventStore,
  ExpectedRevision,
  NewEvent,
  RecordedEvent,
  WrongExpectedRevisionError,
} from './event-store.port';
import { uuidV5 } from './ids';

export interface HandleCommandOptions<S, C extends Command, E extends DomainEvent> {
  readonly stream: string;
  readonly decider: Decider<S, C, E>;
  readonly command: C;
  /** The revision the client saw (from `If-Match`); omitted, the revision just read is used. */
  readonly expectedRevision?: ExpectedRevision;
  /** The schema version of each event type; 1 when absent. */
  readonly schemaVersions?: Partial<Record<E['type'], number>>;
}

export interface HandleCommandResult<S, E extends DomainEvent> {
  /** The stream's revision after the command, or -1 for a stream that still does not exist. */
  readonly nextExpectedRevision: number;
  readonly events: readonly E[];
  readonly state: S;
}

export function fold<S, E extends DomainEvent>(
  decider: Pick<Decider<S, never, E>, 'evolve' | 'initialState'>,
  events: readonly RecordedEvent[],
): S {
  return events.reduce(
    (state, event) => decider.evolve(state, event as unknown as E),
    decider.initialState(),
  );
}

export function revisionOf(events: readonly RecordedEvent[]): number {
  return events.length === 0 ? -1 : events[events.length - 1].streamPosition;
}

/** The metadata every event of a command carries. */
export function eventMetadata(command: Command, schemaVersion = 1): EventMetadata {
  const m = command.metadata;
  return {
    tenantId: m.tenantId,
    schemaVersion,
    actor: m.actor,
    correlationId: m.correlationId ?? m.commandId,
    causationId: m.causationId ?? m.commandId,
    occurredAt: m.occurredAt === undefined ? m.now.toISOString() : m.occurredAt,
    source: m.source,
    ...(m.reason !== undefined ? { reason: m.reason } : {}),
    ...(m.legalBasis !== undefined ? { legalBasis: m.legalBasis } : {}),
  };
}

/** Event ids derived from the command id, so a retried command appends nothing new. */
export function toNewEvents<E extends DomainEvent>(
  command: Command,
  events: readonly E[],
  schemaVersions: Partial<Record<string, number>> = {},
): NewEvent<E>[] {
  return events.map((event, index) => ({
    id: uuidV5(`${command.metadata.commandId}#${index}`),
    type: event.type,
    data: event.data,
    metadata: eventMetadata(command, schemaVersions[event.type] ?? 1),
  }));
}

/**
 * Load, fold, decide, append: the one path by which a command changes a stream. A stale
 * `expectedRevision` is the client's conflict (409), never silently retried.
 */
export async function handleCommand<S, C extends Command, E extends DomainEvent>(
  store: EventStore,
  options: HandleCommandOptions<S, C, E>,
): Promise<HandleCommandResult<S, E>> {
  const { stream, decider, command } = options;
  const recorded = await store.readStream(stream);
  const revision = revisionOf(recorded);
  const expected = options.expectedRevision;
  if (typeof expected === 'number' && expected !== revision) {
    throw new WrongExpectedRevisionError(stream, expected, revision < 0 ? 'no_stream' : revision);
  }
  const state = fold(decider, recorded);
  const events = decider.decide(command, state);
  if (events.length === 0) return { nextExpectedRevision: revision, events, state };
  const result = await store.appendToStream(stream, toNewEvents(command, events, options.schemaVersions), {
    expectedRevision: revision < 0 ? 'no_stream' : revision,
  });
  return {
    nextExpectedRevision: result.nextExpectedRevision,
    events,
    state: events.reduce(decider.evolve, state),
  };
}

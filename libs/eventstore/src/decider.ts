import { DomainEvent, EventSource } from './event-store.port';

/**
 * What a command carries besides its data: the clock, the tenant, the actor and the ids come
 * from here, so that deciders stay pure (no `new Date()`, no random ids inside them).
 */
export interface CommandMetadata {
  readonly tenantId: string;
  readonly now: Date;
  readonly actor?: {
    readonly account: string;
    readonly name?: string;
    readonly post?: string;
    readonly acting?: string;
  };
  readonly correlationId?: string;
  readonly causationId?: string;
  /** Identifies this command; a retry with the same id yields the same event ids (idempotent). */
  readonly commandId: string;
  /** When the fact happened or takes effect (ISO); null for an undated fact. Defaults to `now`. */
  readonly occurredAt?: string | null;
  readonly source: EventSource;
  readonly reason?: string;
  readonly legalBasis?: string;
}

export interface Command<T extends string = string, D = unknown> {
  readonly type: T;
  readonly data: D;
  readonly metadata: CommandMetadata;
}

/** An aggregate as pure functions (Emmett's decider): decide what happens, evolve the state. */
export interface Decider<S, C extends Command, E extends DomainEvent> {
  decide(command: C, state: S): readonly E[];
  evolve(state: S, event: E): S;
  initialState(): S;
}

/** For the `never` check that closes every switch over a message type. */
export function unreachable(value: never, what = 'message'): never {
  throw new Error(`Unknown ${what}: ${JSON.stringify((value as { type?: unknown })?.type ?? value)}`);
}

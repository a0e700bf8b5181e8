import { ReadStreamOptions, RecordedEvent } from '@jejak/eventstore';

/**
 * The two time axes of history (ARCHITECTURE.md, "Read models, projections and time"):
 * `recorded` — what Jejak held at T (events stored by T); `effective` — what was in force at T
 * (events that took effect by T, as known today; an undated event counts from when it was stored).
 */
export type Axis = 'recorded' | 'effective';
export const AXES: readonly Axis[] = ['recorded', 'effective'];

export interface AsOf {
  readonly axis: Axis;
  readonly at: Date;
}

/** The port's read options for an as-of read: the adapter filters, so only the window travels. */
export const readOptionsAsOf = ({ axis, at }: AsOf): ReadStreamOptions =>
  axis === 'recorded' ? { recordedUpTo: at } : { occurredUpTo: at };

/** An event of the window that could not be folded: what it builds on was not yet in force. */
export interface HeldBackEvent {
  readonly stream: string;
  readonly streamPosition: number;
  readonly type: string;
  readonly occurredAt: string | null;
  readonly recordedAt: string;
  readonly why: string;
}

export interface FoldedAsOf<S> {
  readonly state: S;
  /** The events folded, in stream order. */
  readonly applied: readonly RecordedEvent[];
  readonly heldBack: readonly HeldBackEvent[];
}

export interface Evolver<S> {
  evolve(state: S, event: never): S;
  initialState(): S;
}

const heldBack = (event: RecordedEvent, error: unknown): HeldBackEvent => ({
  stream: event.streamId,
  streamPosition: event.streamPosition,
  type: event.type,
  occurredAt: event.occurredAt?.toISOString() ?? null,
  recordedAt: event.recordedAt.toISOString(),
  why: error instanceof Error ? error.message : String(error),
});

/**
 * Folds a stream's events as of a time with the context's own `evolve`, in stream order.
 *
 * On the recorded axis the window is a prefix of the stream, which the decider accepted event by
 * event, so a refusal there is a corrupt stream and is thrown. On the effective axis the window
 * may skip events (an undated PK signed "today" is not yet in force when its dated amendment
 * already is): an event that the state cannot take is held back — it builds on one not yet in
 * force — and listed, never silently dropped.
 */
export function foldAsOf<S>(
  decider: Evolver<S>,
  events: readonly RecordedEvent[],
  axis: Axis,
): FoldedAsOf<S> {
  const evolve = decider.evolve as (state: S, event: RecordedEvent) => S;
  let state = decider.initialState();
  const applied: RecordedEvent[] = [];
  const held: HeldBackEvent[] = [];
  for (const event of events) {
    if (axis === 'recorded') {
      state = evolve(state, event);
      applied.push(event);
      continue;
    }
    try {
      state = evolve(state, event);
      applied.push(event);
    } catch (error) {
      held.push(heldBack(event, error));
    }
  }
  return { state, applied, heldBack: held };
}

/** The stream position of the last event folded; -1 when none was. */
export const revisionFolded = (folded: FoldedAsOf<unknown>): number =>
  folded.applied.at(-1)?.streamPosition ?? -1;

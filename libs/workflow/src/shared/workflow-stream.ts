import {
  EventStore,
  OutboxMessage,
  RecordedEvent,
  WrongExpectedRevisionError,
  fold,
  revisionOf,
  toNewEvents,
} from '@jejak/eventstore';
import { workflowDecider, WorkflowCommand } from '../domain/workflow.decider';
import { WorkflowNotFound } from '../domain/workflow.errors';
import { WorkflowEvent, workflowStream } from '../domain/workflow.events';
import { WorkflowState } from '../domain/workflow.state';

export interface LoadedWorkflow {
  readonly stream: string;
  readonly events: readonly RecordedEvent[];
  readonly state: WorkflowState;
  /** The stream's revision: the ETag. */
  readonly revision: number;
}

export async function loadWorkflow(
  store: EventStore,
  tenant: string,
  workflowId: string,
): Promise<LoadedWorkflow> {
  const stream = workflowStream(tenant, workflowId);
  const events = await store.readStream(stream);
  return { stream, events, state: fold(workflowDecider, events), revision: revisionOf(events) };
}

export async function loadOpenedWorkflow(
  store: EventStore,
  tenant: string,
  workflowId: string,
): Promise<LoadedWorkflow> {
  const loaded = await loadWorkflow(store, tenant, workflowId);
  if (loaded.state.status === 'draft') throw new WorkflowNotFound(workflowId);
  return loaded;
}

/** A stale `If-Match` is the client's conflict (409), as handleCommand says it. */
export function assertExpectedRevision(loaded: LoadedWorkflow, expected: number | undefined): void {
  if (expected !== undefined && expected !== loaded.revision)
    throw new WrongExpectedRevisionError(
      loaded.stream,
      expected,
      loaded.revision < 0 ? 'no_stream' : loaded.revision,
    );
}

/** The actor on each event is the one it names (`by`): the post acted in is the decider's choice. */
function withActors(command: WorkflowCommand, events: readonly WorkflowEvent[]) {
  return toNewEvents(command, events).map((event, i) => {
    const by = (
      events[i].data as {
        by?: { account: string; name: string | null; post: string | null; acting: boolean };
      }
    ).by;
    if (!by) return event;
    const actor = {
      account: by.account,
      ...(by.name ? { name: by.name } : {}),
      ...(by.post ? { post: by.post } : {}),
      ...(by.acting && by.post ? { acting: by.post } : {}),
    };
    return { ...event, metadata: { ...event.metadata, actor } };
  });
}

/**
 * Decides on the state read and appends at the revision read: whoever acted on the instance in
 * between makes this a 409, never a silent retry. `outbox` goes in the same transaction.
 */
export async function decideAndAppend(
  store: EventStore,
  loaded: LoadedWorkflow,
  command: WorkflowCommand,
  outboxFor: (events: readonly WorkflowEvent[]) => readonly OutboxMessage[] = () => [],
): Promise<{ events: readonly WorkflowEvent[]; revision: number; state: WorkflowState }> {
  const events = workflowDecider.decide(command, loaded.state);
  if (events.length === 0) return { events, revision: loaded.revision, state: loaded.state };
  const outbox = outboxFor(events);
  const result = await store.appendToStream(loaded.stream, withActors(command, events), {
    expectedRevision: loaded.revision < 0 ? 'no_stream' : loaded.revision,
    ...(outbox.length > 0 ? { outbox } : {}),
  });
  const recorded = events.map((event) => ({
    ...event,
    metadata: { occurredAt: command.metadata.now.toISOString() },
  }));
  return {
    events,
    revision: result.nextExpectedRevision,
    state: recorded.reduce(workflowDecider.evolve, loaded.state),
  };
}

import type { RecordedEvent } from '@jejak/eventstore';
import { WorkflowEvent } from '../../domain/workflow.events';
import { WorkflowState, evolve, initialState } from '../../domain/workflow.state';

/**
 * The workflow state (the workflow decider's own `evolve`) as the deadline and notification
 * projections keep it per instance: the proposed change is left out, since only a resubmission
 * replaces it and nothing here reads it.
 */
export function compactState(state: WorkflowState): WorkflowState {
  if (!state.submission) return state;
  const { command } = state.submission.change;
  return { ...state, submission: { ...state.submission, change: { command, data: null } } };
}

/** The event put the instance on a step (a new round, pending): its deadline and its notice start. */
export const enteredStep = (before: WorkflowState, after: WorkflowState): boolean =>
  after.status === 'pending' && after.currentStep !== null && after.round !== before.round;

/** The events that move a submission along its chain (what both projections follow). */
export const POSITION_EVENT_TYPES = [
  'SubmissionOpened',
  'StepApproved',
  'SubmissionReturned',
  'SubmissionResubmitted',
  'SubmissionRejected',
  'SubmissionWithdrawn',
  'SubmissionApproved',
] as const satisfies readonly WorkflowEvent['type'][];

/** The workflow id of an event of a stream `{tenant}/workflow-{id}`. */
export function workflowIdOf(event: Pick<RecordedEvent, 'streamId' | 'tenantId'>): string {
  const prefix = `${event.tenantId}/workflow-`;
  if (!event.streamId.startsWith(prefix)) throw new Error(`${event.streamId} is not a workflow stream`);
  return event.streamId.slice(prefix.length);
}

/** A projection's row of one instance: its (compact) state and the stream position applied. */
export interface TrackedWorkflow {
  readonly tenantId: string;
  readonly workflowId: string;
  readonly state: WorkflowState;
  /** The state's due time, as a column (null when on no step, or on one without a due period). */
  readonly dueAt: Date | null;
  readonly revision: number;
}

/** The row after the event, by the workflow's own `evolve`; a replayed event returns the row unchanged. */
export function trackWorkflow<R extends TrackedWorkflow>(
  row: R | null,
  event: WorkflowEvent & Pick<RecordedEvent, 'streamId' | 'tenantId' | 'streamPosition'>,
): R | TrackedWorkflow {
  if (row !== null && row.revision >= event.streamPosition) return row;
  const state = compactState(evolve(row?.state ?? initialState(), event));
  return {
    tenantId: event.tenantId,
    workflowId: workflowIdOf(event),
    state,
    dueAt: state.dueAt === null ? null : new Date(state.dueAt),
    revision: event.streamPosition,
  };
}

import { OutboxMessage, unreachable } from '@jejak/eventstore';
import { MAX_DELAY_MS, QUEUES, enqueueInTransaction } from '@jejak/outbox';
import { Projection, RecordedOf } from '@jejak/projections';
import { EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import {
  StepApproved,
  SubmissionApproved,
  SubmissionOpened,
  SubmissionRejected,
  SubmissionResubmitted,
  SubmissionReturned,
  SubmissionWithdrawn,
} from '../../domain/workflow.events';
import { initialState } from '../../domain/workflow.state';
import { DeadlineJobName, DeadlineJobPayload, deadlineJobId, remindAt } from '../domain/deadline.schedule';
import {
  POSITION_EVENT_TYPES,
  TrackedWorkflow,
  enteredStep,
  trackWorkflow,
  workflowIdOf,
} from '../domain/workflow-position';
import { WorkflowDeadlineEntity } from './workflow-deadline.entity';

export type PositionEvent =
  | SubmissionOpened
  | StepApproved
  | SubmissionReturned
  | SubmissionResubmitted
  | SubmissionRejected
  | SubmissionWithdrawn
  | SubmissionApproved;

const delayUntil = (at: Date, now: Date): number =>
  Math.min(Math.max(at.getTime() - now.getTime(), 0), MAX_DELAY_MS);

/**
 * The reminder and escalation jobs of the step the instance has just entered, if it has a due
 * period; none otherwise. Delayed from `now`: a late one (a rebuild, a worker that was down)
 * runs at once and its command finds out whether it still applies; a wait past the outbox's
 * ~24-day cap arrives early and the processor delays it again.
 */
export function deadlineJobs(
  before: TrackedWorkflow | null,
  after: TrackedWorkflow,
  now: Date,
): OutboxMessage[] {
  const { state, dueAt, tenantId, workflowId } = after;
  const step = state.currentStep;
  if (step === null || dueAt === null || !enteredStep(before?.state ?? initialState(), state)) return [];
  const period = state.submission?.chain[step]?.dueInSeconds ?? null;
  if (period === null) return [];
  const job = (name: DeadlineJobName, at: Date): OutboxMessage => {
    const payload: DeadlineJobPayload = {
      workflowId,
      step,
      round: state.round,
      dueAt: dueAt.toISOString(),
      at: at.toISOString(),
    };
    const jobId = deadlineJobId(tenantId, workflowId, state.round, name);
    return { queue: QUEUES.reminders, name, jobId, payload, delayMs: delayUntil(at, now) };
  };
  return [job('reminder', remindAt(dueAt, period)), job('escalation', dueAt)];
}

async function schedule(manager: EntityManager, event: RecordedOf<PositionEvent>): Promise<void> {
  const key = { tenantId: event.tenantId, workflowId: workflowIdOf(event) };
  const row = await manager.findOneBy(WorkflowDeadlineEntity, key);
  const next = trackWorkflow(row, event);
  if (next === row) return;
  await manager.upsert(WorkflowDeadlineEntity, next as QueryDeepPartialEntity<WorkflowDeadlineEntity>, [
    'tenantId',
    'workflowId',
  ]);
  // Same transaction as the row and the checkpoint: each step's jobs are scheduled exactly once.
  await enqueueInTransaction(manager, event.tenantId, deadlineJobs(row, next, new Date()));
}

export const WORKFLOW_DEADLINES = 'workflow-deadlines';

/**
 * Schedules the deadline jobs of every step a workflow instance enters. Nothing is cancelled: a
 * job whose step was left meanwhile finds the instance elsewhere (a later round, or finished),
 * and its command appends nothing.
 */
export const workflowDeadlinesProjection: Projection<PositionEvent> = {
  name: WORKFLOW_DEADLINES,
  eventTypes: POSITION_EVENT_TYPES,
  tables: [WorkflowDeadlineEntity],
  async handle(manager, event) {
    switch (event.type) {
      case 'SubmissionOpened':
      case 'StepApproved':
      case 'SubmissionReturned':
      case 'SubmissionResubmitted':
      case 'SubmissionRejected':
      case 'SubmissionWithdrawn':
      case 'SubmissionApproved':
        return schedule(manager, event);
      default:
        return unreachable(event, 'workflow-deadlines event');
    }
  },
};

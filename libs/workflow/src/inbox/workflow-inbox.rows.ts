import { unreachable } from '@jejak/eventstore';
import { RecordedOf } from '@jejak/projections';
import type {
  ChainStep,
  StepAssignee,
  StepApproved,
  SubmissionApproved,
  SubmissionOpened,
  SubmissionRejected,
  SubmissionResubmitted,
  SubmissionReturned,
  SubmissionWithdrawn,
  WorkflowActor,
} from '../domain/workflow.events';
import { WorkflowActionEntity, WorkflowActionName } from './workflow-action.entity';
import { WorkflowItemAssigneeEntity } from './workflow-item-assignee.entity';
import { WorkflowItemEntity } from './workflow-item.entity';
import { accountKey } from './inbox-keys';

/** The workflow events that move a submission in or out of inboxes (reminders move nothing). */
export type InboxEvent =
  | SubmissionOpened
  | StepApproved
  | SubmissionReturned
  | SubmissionResubmitted
  | SubmissionRejected
  | SubmissionWithdrawn
  | SubmissionApproved;

type Recorded = RecordedOf<InboxEvent>;

/** When a transition happened in the world: its `occurredAt`, else when it was recorded. */
export const eventTime = (event: Recorded): Date => event.occurredAt ?? event.recordedAt;

/** The workflow id of an event of stream `{tenant}/workflow-{id}`. */
export function workflowIdOf(event: Recorded): string {
  if (event.type === 'SubmissionOpened') return event.data.workflowId;
  return event.streamId.slice(`${event.tenantId}/workflow-`.length);
}

const dueAt = (step: ChainStep | undefined, from: Date): Date | null =>
  step?.dueInSeconds == null ? null : new Date(from.getTime() + step.dueInSeconds * 1000);

/** The item put on `step` of its chain (a new round): waiting from `at`, due per the step. */
function onStep(item: WorkflowItemEntity, step: number, at: Date): WorkflowItemEntity {
  const chainStep = item.chain[step];
  return {
    ...item,
    status: 'pending',
    currentStep: step,
    stepName: chainStep?.name ?? null,
    round: item.round + 1,
    waitingSince: at,
    dueAt: dueAt(chainStep, at),
  };
}

function returnedToDrafter(item: WorkflowItemEntity, at: Date): WorkflowItemEntity {
  return {
    ...item,
    status: 'returned',
    currentStep: null,
    stepName: null,
    round: item.round + 1,
    waitingSince: at,
    dueAt: null,
  };
}

/** Approved, rejected or withdrawn: out of every inbox, kept for the history's titles. */
const closed = (
  item: WorkflowItemEntity,
  status: 'approved' | 'rejected' | 'withdrawn',
): WorkflowItemEntity => ({
  ...item,
  status,
  currentStep: null,
  stepName: null,
  dueAt: null,
});

function opened(event: RecordedOf<SubmissionOpened>): WorkflowItemEntity {
  const { workflowId, documentType, agency, unit, title, chain, submittedBy } = event.data;
  const at = eventTime(event);
  const draft: WorkflowItemEntity = {
    tenantId: event.tenantId,
    workflowId,
    documentType,
    agency,
    unit,
    title,
    status: 'pending',
    currentStep: null,
    stepName: null,
    round: 0,
    submittedByAccount: submittedBy.account,
    submittedByName: submittedBy.name,
    submittedByPost: submittedBy.post,
    submittedAt: at,
    waitingSince: at,
    dueAt: null,
    chain,
    revision: event.streamPosition,
    updatedAt: at,
  };
  return onStep(draft, 0, at);
}

/** The item after a transition, before the stream position and time are stamped on it. */
function moved(
  item: WorkflowItemEntity,
  event: Exclude<Recorded, RecordedOf<SubmissionOpened>>,
): WorkflowItemEntity {
  const at = eventTime(event);
  switch (event.type) {
    case 'StepApproved': {
      // The last step's approval is appended with SubmissionApproved: it leaves the inboxes now,
      // so no batch boundary between the two ever shows it waiting on a step already approved.
      const last = event.data.step + 1 >= item.chain.length;
      return last ? closed(item, 'approved') : onStep(item, event.data.step + 1, at);
    }
    case 'SubmissionReturned': {
      const { toStep } = event.data;
      return toStep === null ? returnedToDrafter(item, at) : onStep(item, toStep, at);
    }
    case 'SubmissionResubmitted':
      // As the decider has it: the chain approves the (possibly revised) draft from its first step.
      return onStep(item, 0, at);
    case 'SubmissionRejected':
      return closed(item, 'rejected');
    case 'SubmissionWithdrawn':
      return closed(item, 'withdrawn');
    case 'SubmissionApproved':
      return closed(item, 'approved');
    default:
      return unreachable(event, 'workflow-inbox event');
  }
}

/**
 * The pure core: the item row after `event`. A replayed event (the row is at or past its stream
 * position) returns the row unchanged; an event of a submission never opened returns null.
 */
export function inboxItem(row: WorkflowItemEntity | null, event: Recorded): WorkflowItemEntity | null {
  if (row !== null && row.revision >= event.streamPosition) return row;
  if (event.type === 'SubmissionOpened') return opened(event);
  if (row === null) return null;
  return { ...moved(row, event), revision: event.streamPosition, updatedAt: eventTime(event) };
}

const ACTIONS: Record<Exclude<InboxEvent['type'], 'SubmissionApproved'>, WorkflowActionName> = {
  SubmissionOpened: 'submitted',
  StepApproved: 'approved',
  SubmissionReturned: 'returned',
  SubmissionResubmitted: 'resubmitted',
  SubmissionRejected: 'rejected',
  SubmissionWithdrawn: 'withdrawn',
};

/** The history row of a person's transition; null for the closing `SubmissionApproved` (nobody's act). */
export function inboxAction(item: WorkflowItemEntity, event: Recorded): WorkflowActionEntity | null {
  if (event.type === 'SubmissionApproved') return null;
  const by: WorkflowActor = event.type === 'SubmissionOpened' ? event.data.submittedBy : event.data.by;
  const step = 'step' in event.data ? event.data.step : null;
  return {
    tenantId: item.tenantId,
    workflowId: item.workflowId,
    seq: event.streamPosition,
    action: ACTIONS[event.type],
    step,
    stepName: step === null ? null : (item.chain[step]?.name ?? null),
    actorAccount: by.account,
    actorName: by.name,
    actorPost: by.post,
    acting: by.acting,
    note: event.data.note,
    at: eventTime(event),
    documentType: item.documentType,
    agency: item.agency,
    title: item.title,
  };
}

/** Whom an item waits for: a step's assignees, its drafter, or nobody (closed). */
export type Awaiting =
  | { readonly kind: 'step'; readonly assignees: readonly StepAssignee[] }
  | { readonly kind: 'drafter'; readonly post: string | null; readonly account: string }
  | { readonly kind: 'nobody' };

export function awaiting(item: WorkflowItemEntity): Awaiting {
  if (item.status === 'returned')
    return { kind: 'drafter', post: item.submittedByPost, account: item.submittedByAccount };
  if (item.status === 'pending' && item.currentStep !== null)
    return { kind: 'step', assignees: item.chain[item.currentStep]?.assignees ?? [] };
  return { kind: 'nobody' };
}

/** The drafter's key: the post submitted in, else the account itself. */
export const drafterKey = (drafter: { post: string | null; account: string }): string =>
  drafter.post ?? accountKey(drafter.account);

/** The assignee rows of an item under `keys`; `account` marks the drafter's row of a returned item. */
export function assigneeRows(
  item: WorkflowItemEntity,
  keys: readonly string[],
  account: string | null = null,
): WorkflowItemAssigneeEntity[] {
  return keys.map((post) => ({
    tenantId: item.tenantId,
    post,
    workflowId: item.workflowId,
    account,
    documentType: item.documentType,
    agency: item.agency,
    waitingSince: item.waitingSince,
    dueAt: item.dueAt,
  }));
}

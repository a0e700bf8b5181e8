import { unreachable } from '@jejak/eventstore';
import { ChainStep, DocumentType, ProposedChange, WorkflowActor, WorkflowEvent } from './workflow.events';

/** 'draft' until submitted (nothing recorded yet); approved, rejected and withdrawn are final. */
export type WorkflowStatus = 'draft' | 'pending' | 'returned' | 'approved' | 'rejected' | 'withdrawn';

export const FINISHED: readonly WorkflowStatus[] = ['approved', 'rejected', 'withdrawn'];

/** What was submitted, the proposal as it stands now (a resubmission may change it). */
export interface Submission {
  readonly workflowId: string;
  readonly documentType: DocumentType;
  readonly agency: string;
  readonly unit: string | null;
  readonly title: string;
  readonly change: ProposedChange;
  /** The chain copied in at submission: later edits of the tenant's chain do not reach it. */
  readonly chain: readonly ChainStep[];
  readonly submittedBy: WorkflowActor;
}

export interface StepApproval {
  readonly step: number;
  readonly by: WorkflowActor;
}

export interface WorkflowState {
  readonly status: WorkflowStatus;
  readonly submission: Submission | null;
  /** The step waiting for a decision (0-based); null unless pending. */
  readonly currentStep: number | null;
  /** +1 at each transition that puts the instance on a step: a deadline job of an older round is stale. */
  readonly round: number;
  /** When the current step (or the return to the drafter) began; null when the events carry no time. */
  readonly stepEnteredAt: string | null;
  /** stepEnteredAt + the step's due period; null when the step has none. */
  readonly dueAt: string | null;
  /** Every approval recorded, across returns: one person approves one step at most. */
  readonly approvals: readonly StepApproval[];
  /** The last round a reminder, and an escalation, was recorded for. */
  readonly remindedRound: number | null;
  readonly escalatedRound: number | null;
  /** When it was approved, rejected or withdrawn. */
  readonly finishedAt: string | null;
}

export const initialState = (): WorkflowState => ({
  status: 'draft',
  submission: null,
  currentStep: null,
  round: 0,
  stepEnteredAt: null,
  dueAt: null,
  approvals: [],
  remindedRound: null,
  escalatedRound: null,
  finishedAt: null,
});

/**
 * When the event happened: its metadata's `occurredAt` as the command set it. A recorded event
 * carries it; an event straight from `decide` (a spec's given) has none, and the time is null.
 */
export function occurredAtOf(event: WorkflowEvent): string | null {
  const metadata = (event as { readonly metadata?: { readonly occurredAt?: string | null } }).metadata;
  return metadata?.occurredAt ?? null;
}

function dueAtOf(submission: Submission, step: number, enteredAt: string | null): string | null {
  const due = submission.chain[step]?.dueInSeconds ?? null;
  if (due === null || enteredAt === null) return null;
  return new Date(Date.parse(enteredAt) + due * 1000).toISOString();
}

/** On step `step` from `at`: a new round. */
function onStep(
  state: WorkflowState,
  submission: Submission,
  step: number,
  at: string | null,
): WorkflowState {
  return {
    ...state,
    status: 'pending',
    submission,
    currentStep: step,
    round: state.round + 1,
    stepEnteredAt: at,
    dueAt: dueAtOf(submission, step, at),
  };
}

const finished = (state: WorkflowState, status: WorkflowStatus, at: string | null): WorkflowState => ({
  ...state,
  status,
  currentStep: null,
  dueAt: null,
  finishedAt: at,
});

function submissionOf(state: WorkflowState, type: string): Submission {
  if (!state.submission) throw new Error(`${type} on a submission never opened`);
  return state.submission;
}

/** Strict: an event the state cannot take means a corrupt stream, never silently skipped. */
export function evolve(state: WorkflowState, event: WorkflowEvent): WorkflowState {
  const at = occurredAtOf(event);
  switch (event.type) {
    case 'SubmissionOpened': {
      const { note: _note, ...submission } = event.data;
      return onStep(state, submission, 0, at);
    }
    case 'StepApproved': {
      const submission = submissionOf(state, event.type);
      const approvals = [...state.approvals, { step: event.data.step, by: event.data.by }];
      const next = event.data.step + 1;
      // The last step's approval is followed by SubmissionApproved, which finishes the instance.
      if (next >= submission.chain.length) return { ...state, approvals };
      return onStep({ ...state, approvals }, submission, next, at);
    }
    case 'SubmissionReturned': {
      const submission = submissionOf(state, event.type);
      const { toStep } = event.data;
      if (toStep !== null) return onStep(state, submission, toStep, at);
      const returned = { ...state, status: 'returned' as const, currentStep: null, dueAt: null };
      return { ...returned, round: state.round + 1, stepEnteredAt: at };
    }
    case 'SubmissionResubmitted': {
      const submission = { ...submissionOf(state, event.type), change: event.data.change };
      return onStep(state, submission, 0, at);
    }
    case 'SubmissionRejected':
      return finished(state, 'rejected', at);
    case 'SubmissionWithdrawn':
      return finished(state, 'withdrawn', at);
    case 'SubmissionApproved':
      return finished(state, 'approved', at);
    case 'StepReminderSent':
      return { ...state, remindedRound: event.data.round };
    case 'StepEscalated':
      return { ...state, escalatedRound: event.data.round };
    default:
      return unreachable(event, 'workflow event');
  }
}

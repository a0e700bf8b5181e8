import { RecordedEvent, unreachable } from '@jejak/eventstore';
import {
  ChainStep,
  DocumentType,
  ProposedChange,
  WorkflowActor,
  WorkflowEvent,
} from '../domain/workflow.events';
import { WorkflowState, WorkflowStatus } from '../domain/workflow.state';

export interface WorkflowStepView extends ChainStep {
  /** The posts the step waits for, resolved now from its assignees. */
  readonly posts: readonly string[];
}

export interface WorkflowTransitionView {
  readonly type: WorkflowEvent['type'];
  readonly at: string;
  readonly [detail: string]: unknown;
}

/** A submission as its officials read it: the draft change, the chain, where it stands, what happened. */
export interface WorkflowView {
  readonly tenant: string;
  readonly workflow: string;
  /** The stream's revision: the ETag, to send back as `If-Match`. */
  readonly revision: number;
  readonly status: WorkflowStatus;
  readonly documentType: DocumentType;
  readonly agency: string;
  readonly unit: string | null;
  readonly title: string;
  /** The proposal: a draft until the last approval, then applied by its own command. */
  readonly change: ProposedChange;
  readonly chain: readonly WorkflowStepView[];
  readonly submittedBy: WorkflowActor;
  readonly currentStep: {
    readonly index: number;
    readonly name: string;
    readonly posts: readonly string[];
    readonly enteredAt: string | null;
    readonly dueAt: string | null;
  } | null;
  readonly round: number;
  readonly finishedAt: string | null;
  readonly history: readonly WorkflowTransitionView[];
}

function transition(event: RecordedEvent<WorkflowEvent>): WorkflowTransitionView {
  const e = event as unknown as WorkflowEvent;
  const at = event.metadata.occurredAt ?? event.recordedAt.toISOString();
  switch (e.type) {
    case 'SubmissionOpened':
      return { type: e.type, at, by: e.data.submittedBy, note: e.data.note };
    case 'StepApproved':
    case 'SubmissionReturned':
    case 'SubmissionRejected':
    case 'SubmissionWithdrawn':
    case 'SubmissionResubmitted':
    case 'StepReminderSent':
    case 'StepEscalated':
      return { type: e.type, at, ...e.data };
    case 'SubmissionApproved':
      return { type: e.type, at };
    default:
      return unreachable(e, 'workflow event');
  }
}

export function workflowView(
  tenant: string,
  state: WorkflowState,
  events: readonly RecordedEvent[],
  postsOfSteps: readonly (readonly string[])[],
): WorkflowView {
  const submission = state.submission;
  if (!submission) throw new Error('A submission never opened has no view');
  const step = state.currentStep;
  return {
    tenant,
    workflow: submission.workflowId,
    revision: events.length - 1,
    status: state.status,
    documentType: submission.documentType,
    agency: submission.agency,
    unit: submission.unit,
    title: submission.title,
    change: submission.change,
    chain: submission.chain.map((s, i) => ({ ...s, posts: postsOfSteps[i] ?? [] })),
    submittedBy: submission.submittedBy,
    currentStep:
      step === null
        ? null
        : {
            index: step,
            name: submission.chain[step].name,
            posts: postsOfSteps[step] ?? [],
            enteredAt: state.stepEnteredAt,
            dueAt: state.dueAt,
          },
    round: state.round,
    finishedAt: state.finishedAt,
    history: events.map((e) => transition(e as RecordedEvent<WorkflowEvent>)),
  };
}

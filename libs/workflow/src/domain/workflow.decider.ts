import { Command, Decider, unreachable } from '@jejak/eventstore';
import { WorkflowCaller, actorOnStep, assertSeparationOfDuties, drafterActor } from './workflow.actors';
import {
  ChangeCommandChanged,
  InvalidApprovalChain,
  NoteRequired,
  NotReturnedToDrafter,
  WorkflowAlreadyOpened,
  WorkflowFinished,
  WorkflowNotFound,
  WorkflowNotPending,
} from './workflow.errors';
import {
  ProposedChange,
  StepEscalated,
  StepReminderSent,
  SubmissionOpened,
  WorkflowEvent,
} from './workflow.events';
import { FINISHED, WorkflowState, evolve, initialState } from './workflow.state';
import { sameJson } from './same-json';

export type SubmitForApprovalData = SubmissionOpened['data'];
/** The posts the current step's assignees resolve to (the handler asks tenancy): the decider stays pure. */
export interface StepDecisionData {
  readonly caller: WorkflowCaller;
  readonly eligiblePosts: readonly string[];
  readonly note: string | null;
}
export type ReturnSubmissionData = StepDecisionData & { readonly to: 'drafter' | 'previous' };
export interface DrafterActionData {
  readonly caller: WorkflowCaller;
  readonly note: string | null;
}
export type ResubmitData = DrafterActionData & { readonly change: ProposedChange };
export type RecordStepReminderData = StepReminderSent['data'];
export type EscalateStepData = StepEscalated['data'];

export type SubmitForApproval = Command<'SubmitForApproval', SubmitForApprovalData>;
export type ApproveStep = Command<'ApproveStep', StepDecisionData>;
export type ReturnSubmission = Command<'ReturnSubmission', ReturnSubmissionData>;
export type RejectSubmission = Command<'RejectSubmission', StepDecisionData>;
export type WithdrawSubmission = Command<'WithdrawSubmission', DrafterActionData>;
export type ResubmitSubmission = Command<'ResubmitSubmission', ResubmitData>;
export type RecordStepReminder = Command<'RecordStepReminder', RecordStepReminderData>;
export type EscalateStep = Command<'EscalateStep', EscalateStepData>;
export type WorkflowCommand =
  | SubmitForApproval
  | ApproveStep
  | ReturnSubmission
  | RejectSubmission
  | WithdrawSubmission
  | ResubmitSubmission
  | RecordStepReminder
  | EscalateStep;

/** A note as recorded: trimmed, and null when it says nothing. */
export const noteOf = (note: string | null | undefined): string | null => note?.trim() || null;

function requiredNote(note: string | null, transition: string): string {
  const text = noteOf(note);
  if (text === null) throw new NoteRequired(transition);
  return text;
}

function opened(state: WorkflowState, workflowId = '') {
  if (!state.submission) throw new WorkflowNotFound(workflowId);
  return state.submission;
}

/** The step waiting for a decision, or WORKFLOW.NOT_PENDING. */
function pendingStep(state: WorkflowState): number {
  opened(state);
  if (state.status !== 'pending' || state.currentStep === null) throw new WorkflowNotPending(state.status);
  return state.currentStep;
}

/** Opens the submission with the chain copied in; the same submission again records nothing. */
export function submit(command: SubmitForApproval, state: WorkflowState): WorkflowEvent[] {
  const data = { ...command.data, title: command.data.title.trim(), note: noteOf(command.data.note) };
  if (data.chain.length === 0) throw new InvalidApprovalChain([{ path: 'chain', message: 'has no step' }]);
  if (state.submission) {
    // A re-sent submission (same id: same Idempotency-Key) records nothing, however far it went since.
    const { note: _note, change: _change, ...again } = data;
    const { change: _current, ...recorded } = state.submission;
    if (sameJson(recorded, again)) return [];
    throw new WorkflowAlreadyOpened(data.workflowId);
  }
  return [{ type: 'SubmissionOpened', data }];
}

/** An approval of the current step; the last one approves the submission and its change. */
export function approve(command: ApproveStep, state: WorkflowState): WorkflowEvent[] {
  const step = pendingStep(state);
  const submission = opened(state);
  const { caller, eligiblePosts } = command.data;
  assertSeparationOfDuties(caller, submission, state.approvals, step);
  const by = actorOnStep(caller, eligiblePosts, step);
  const approved: WorkflowEvent = {
    type: 'StepApproved',
    data: { step, by, note: noteOf(command.data.note) },
  };
  if (step + 1 < submission.chain.length) return [approved];
  return [approved, { type: 'SubmissionApproved', data: { change: submission.change } }];
}

/** Back to the drafter, or to the step before (the drafter, from the first step); with a note. */
export function returnForRevision(command: ReturnSubmission, state: WorkflowState): WorkflowEvent[] {
  const step = pendingStep(state);
  const by = actorOnStep(command.data.caller, command.data.eligiblePosts, step);
  const note = requiredNote(command.data.note, 'return');
  const { to } = command.data;
  const toStep = to === 'previous' && step > 0 ? step - 1 : null;
  return [{ type: 'SubmissionReturned', data: { step, to, toStep, by, note } }];
}

export function reject(command: RejectSubmission, state: WorkflowState): WorkflowEvent[] {
  const step = pendingStep(state);
  const by = actorOnStep(command.data.caller, command.data.eligiblePosts, step);
  const note = requiredNote(command.data.note, 'reject');
  return [{ type: 'SubmissionRejected', data: { step, by, note } }];
}

/** The drafter takes it back while it is not finished. */
export function withdraw(command: WithdrawSubmission, state: WorkflowState): WorkflowEvent[] {
  const submission = opened(state);
  if (FINISHED.includes(state.status)) throw new WorkflowFinished(state.status);
  const by = drafterActor(command.data.caller, submission);
  return [{ type: 'SubmissionWithdrawn', data: { by, note: noteOf(command.data.note) } }];
}

/** After a return to the drafter: from the first step again, the proposal revised or as it was. */
export function resubmit(command: ResubmitSubmission, state: WorkflowState): WorkflowEvent[] {
  const submission = opened(state);
  const by = drafterActor(command.data.caller, submission);
  if (FINISHED.includes(state.status)) throw new WorkflowFinished(state.status);
  if (state.status !== 'returned') throw new NotReturnedToDrafter();
  const { change } = command.data;
  if (change.command !== submission.change.command)
    throw new ChangeCommandChanged(submission.change.command, change.command);
  return [{ type: 'SubmissionResubmitted', data: { by, change, note: noteOf(command.data.note) } }];
}

/** A deadline job's record: only for the step and round still waiting, and once (a stale job records nothing). */
function onCurrentRound(state: WorkflowState, step: number, round: number, recorded: number | null): boolean {
  return (
    state.status === 'pending' && state.currentStep === step && state.round === round && recorded !== round
  );
}

export function recordReminder(command: RecordStepReminder, state: WorkflowState): WorkflowEvent[] {
  const { step, round } = command.data;
  if (!onCurrentRound(state, step, round, state.remindedRound)) return [];
  return [{ type: 'StepReminderSent', data: command.data }];
}

export function escalate(command: EscalateStep, state: WorkflowState): WorkflowEvent[] {
  const { step, round } = command.data;
  if (!onCurrentRound(state, step, round, state.escalatedRound)) return [];
  return [{ type: 'StepEscalated', data: command.data }];
}

export function decide(command: WorkflowCommand, state: WorkflowState): WorkflowEvent[] {
  switch (command.type) {
    case 'SubmitForApproval':
      return submit(command, state);
    case 'ApproveStep':
      return approve(command, state);
    case 'ReturnSubmission':
      return returnForRevision(command, state);
    case 'RejectSubmission':
      return reject(command, state);
    case 'WithdrawSubmission':
      return withdraw(command, state);
    case 'ResubmitSubmission':
      return resubmit(command, state);
    case 'RecordStepReminder':
      return recordReminder(command, state);
    case 'EscalateStep':
      return escalate(command, state);
    default:
      return unreachable(command, 'workflow command');
  }
}

export const workflowDecider: Decider<WorkflowState, WorkflowCommand, WorkflowEvent> = {
  decide,
  evolve,
  initialState,
};

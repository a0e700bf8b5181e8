import { Command, Decider, DomainError, unreachable } from '@jejak/eventstore';
import { postsOfStep } from '../../domain/assignees';
import { escalate, recordReminder } from '../../domain/workflow.decider';
import { WorkflowEvent } from '../../domain/workflow.events';
import { WorkflowState, evolve, initialState } from '../../domain/workflow.state';
import { DirectoryPost, superiorPosts } from './step-posts';

/** Which step a deadline job is about: the step and round it was scheduled for, and its due time. */
export interface DeadlineJobData {
  readonly workflowId: string;
  readonly step: number;
  readonly round: number;
  readonly dueAt: string;
}

export type SendStepReminder = Command<'SendStepReminder', DeadlineJobData>;
export type EscalateOverdueStep = Command<'EscalateOverdueStep', DeadlineJobData>;
export type DeadlineCommand = SendStepReminder | EscalateOverdueStep;

/** An escalation job that arrives before the step is due: refused, so BullMQ retries it later. */
export class StepNotYetDue extends DomainError {
  readonly code = 'WORKFLOW.STEP_NOT_YET_DUE';
  constructor(readonly dueAt: string) {
    super(`The step is not overdue before ${dueAt}`);
  }
}

/** The job's round is the one running: otherwise the job is stale (the step was left since). */
const current = (state: WorkflowState, job: DeadlineJobData): boolean =>
  state.status === 'pending' && state.currentStep === job.step && state.round === job.round;

/** The posts the job's step waits for, from the tenant's directory; [] for a workflow never opened. */
function postsOfJobStep(
  state: WorkflowState,
  job: DeadlineJobData,
  directory: readonly DirectoryPost[],
): string[] {
  const step = state.submission?.chain[job.step];
  return state.submission && step ? postsOfStep(step, state.submission, directory) : [];
}

/**
 * Reminds the holders of the step's posts. Whether the job is stale (another round, or a step
 * left) and whether it was reminded already is the workflow decider's rule (`recordReminder`).
 */
export function sendStepReminder(
  command: SendStepReminder,
  state: WorkflowState,
  directory: readonly DirectoryPost[],
): WorkflowEvent[] {
  const { step, round, dueAt } = command.data;
  const posts = postsOfJobStep(state, command.data, directory);
  if (posts.length === 0) return []; // nobody to remind: the escalation still comes at the due time
  return recordReminder(
    { type: 'RecordStepReminder', data: { step, round, dueAt, posts }, metadata: command.metadata },
    state,
  );
}

/** Escalates a step still waiting at its due time to the superior posts of its posts. */
export function escalateOverdueStep(
  command: EscalateOverdueStep,
  state: WorkflowState,
  directory: readonly DirectoryPost[],
): WorkflowEvent[] {
  const { step, round, dueAt } = command.data;
  if (current(state, command.data) && command.metadata.now.getTime() < Date.parse(dueAt))
    throw new StepNotYetDue(dueAt);
  const to = superiorPosts(postsOfJobStep(state, command.data, directory), directory);
  if (to.length === 0) return []; // the step's posts answer to no post on the platform
  return escalate(
    { type: 'EscalateStep', data: { step, round, dueAt, to }, metadata: command.metadata },
    state,
  );
}

export function decide(
  command: DeadlineCommand,
  state: WorkflowState,
  directory: readonly DirectoryPost[],
): WorkflowEvent[] {
  switch (command.type) {
    case 'SendStepReminder':
      return sendStepReminder(command, state, directory);
    case 'EscalateOverdueStep':
      return escalateOverdueStep(command, state, directory);
    default:
      return unreachable(command, 'deadline command');
  }
}

/**
 * The deadline commands over the workflow stream: the workflow decider's state and rules, with
 * the step's posts (and their superiors) resolved from the tenant's directory the handler read.
 */
export function deadlineDecider(
  directory: readonly DirectoryPost[],
): Decider<WorkflowState, DeadlineCommand, WorkflowEvent> {
  return { decide: (command, state) => decide(command, state, directory), evolve, initialState };
}

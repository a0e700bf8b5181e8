import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { WorkflowCaller } from '../domain/workflow.actors';
import { WorkflowView } from '../workflow-details/workflow.view';

export interface WorkflowTransitionResult extends WorkflowView {
  /** After the last approval: whether the change was applied now (else the worker applies it). */
  readonly applied?: boolean;
}

export interface TransitionData {
  readonly workflowId: string;
  readonly caller: WorkflowCaller;
  readonly note: string | null;
}

/**
 * What every transition carries: the submission, the caller as the workflow judges them, a note,
 * and the revision the client saw (`If-Match`). The handler resolves the posts the current step
 * waits for and hands the decider its command (ApproveStep, ReturnSubmission…).
 */
abstract class WorkflowTransitionCommand<D extends TransitionData> extends Command<WorkflowTransitionResult> {
  constructor(
    readonly data: D,
    readonly metadata: CommandMetadata,
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

export class ApproveStepCommand extends WorkflowTransitionCommand<TransitionData> {
  readonly type = 'ApproveStep' as const;
}

export class ReturnSubmissionCommand extends WorkflowTransitionCommand<
  TransitionData & { readonly to: 'drafter' | 'previous' }
> {
  readonly type = 'ReturnSubmission' as const;
}

export class RejectSubmissionCommand extends WorkflowTransitionCommand<TransitionData> {
  readonly type = 'RejectSubmission' as const;
}

export class WithdrawSubmissionCommand extends WorkflowTransitionCommand<TransitionData> {
  readonly type = 'WithdrawSubmission' as const;
}

/** `change` as sent (validated by the handler against the submission's document type); absent: unchanged. */
export class ResubmitSubmissionCommand extends WorkflowTransitionCommand<
  TransitionData & { readonly change: { readonly command: string; readonly data: unknown } | null }
> {
  readonly type = 'ResubmitSubmission' as const;
}

import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { SubmitForApprovalData } from '../domain/workflow.decider';
import { WorkflowView } from '../workflow-details/workflow.view';

/** What the submitter sends, checked and authorized: the chain is copied in by the handler. */
export type SubmitWorkflowData = Omit<SubmitForApprovalData, 'chain'>;

export interface SubmitWorkflowResult extends WorkflowView {
  /** False when the same submission was already opened (a retry with its Idempotency-Key). */
  readonly recorded: boolean;
}

/**
 * Opens a submission. The handler copies the tenant's chain in (the decider's SubmitForApproval),
 * after checking that every step has a post and that the target context would take the change.
 */
export class SubmitWorkflowCommand extends Command<SubmitWorkflowResult> {
  readonly type = 'SubmitWorkflow' as const;

  constructor(
    readonly data: SubmitWorkflowData,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}

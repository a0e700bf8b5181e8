import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ChangeRegistry } from '../changes/change-registry';
import { ChangeOutsideSubmission, WorkflowNotFound } from '../domain/workflow.errors';
import { ProposedChange } from '../domain/workflow.events';
import { Submission } from '../domain/workflow.state';
import {
  ApproveStepCommand,
  RejectSubmissionCommand,
  ResubmitSubmissionCommand,
  ReturnSubmissionCommand,
  WithdrawSubmissionCommand,
  WorkflowTransitionResult,
} from './workflow-transition.command';
import { WorkflowTransitions } from './workflow-transitions';

// Thin and alike: each hands WorkflowTransitions the decider's command for the submission read.

@CommandHandler(ApproveStepCommand)
export class ApproveStepHandler implements ICommandHandler<ApproveStepCommand> {
  constructor(private readonly transitions: WorkflowTransitions) {}

  execute(command: ApproveStepCommand): Promise<WorkflowTransitionResult> {
    const { caller, note } = command.data;
    return this.transitions.run(command, (_, eligiblePosts) => ({
      type: 'ApproveStep',
      data: { caller, eligiblePosts, note },
      metadata: command.metadata,
    }));
  }
}

@CommandHandler(ReturnSubmissionCommand)
export class ReturnSubmissionHandler implements ICommandHandler<ReturnSubmissionCommand> {
  constructor(private readonly transitions: WorkflowTransitions) {}

  execute(command: ReturnSubmissionCommand): Promise<WorkflowTransitionResult> {
    const { caller, note, to } = command.data;
    return this.transitions.run(command, (_, eligiblePosts) => ({
      type: 'ReturnSubmission',
      data: { caller, eligiblePosts, note, to },
      metadata: command.metadata,
    }));
  }
}

@CommandHandler(RejectSubmissionCommand)
export class RejectSubmissionHandler implements ICommandHandler<RejectSubmissionCommand> {
  constructor(private readonly transitions: WorkflowTransitions) {}

  execute(command: RejectSubmissionCommand): Promise<WorkflowTransitionResult> {
    const { caller, note } = command.data;
    return this.transitions.run(command, (_, eligiblePosts) => ({
      type: 'RejectSubmission',
      data: { caller, eligiblePosts, note },
      metadata: command.metadata,
    }));
  }
}

@CommandHandler(WithdrawSubmissionCommand)
export class WithdrawSubmissionHandler implements ICommandHandler<WithdrawSubmissionCommand> {
  constructor(private readonly transitions: WorkflowTransitions) {}

  execute(command: WithdrawSubmissionCommand): Promise<WorkflowTransitionResult> {
    const { caller, note } = command.data;
    return this.transitions.run(command, () => ({
      type: 'WithdrawSubmission',
      data: { caller, note },
      metadata: command.metadata,
    }));
  }
}

/** A revised proposal is validated and judged by the target as at submission; none keeps the one submitted. */
@CommandHandler(ResubmitSubmissionCommand)
export class ResubmitSubmissionHandler implements ICommandHandler<ResubmitSubmissionCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly transitions: WorkflowTransitions,
    private readonly registry: ChangeRegistry,
  ) {}

  execute(command: ResubmitSubmissionCommand): Promise<WorkflowTransitionResult> {
    const { caller, note, workflowId } = command.data;
    return this.transitions.run(command, async ({ state }) => {
      if (!state.submission) throw new WorkflowNotFound(workflowId);
      const change = await this.revised(state.submission, command);
      return { type: 'ResubmitSubmission', data: { caller, note, change }, metadata: command.metadata };
    });
  }

  private async revised(submission: Submission, command: ResubmitSubmissionCommand): Promise<ProposedChange> {
    const sent = command.data.change;
    if (!sent) return submission.change;
    const { type, change } = await this.registry.validate(submission.documentType, sent);
    const place = type.placeOf(change.data);
    if (place.agency !== submission.agency) throw new ChangeOutsideSubmission('agency');
    if (place.unit !== null && place.unit !== submission.unit) throw new ChangeOutsideSubmission('unit');
    await this.registry.dryRun(this.store, command.metadata.tenantId, change, command.metadata);
    return change;
  }
}

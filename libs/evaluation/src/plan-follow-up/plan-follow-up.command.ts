import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { PlanFollowUp, PlanFollowUpData } from '../domain/evaluation.decider';
import { FollowUpCommandResult } from '../shared/evaluation-command';

/** The one definition of the command: sent on Nest's CommandBus and given to the decider in specs. */
export class PlanFollowUpCommand extends Command<FollowUpCommandResult> implements PlanFollowUp {
  readonly type = 'PlanFollowUp' as const;

  constructor(
    readonly data: PlanFollowUpData,
    readonly metadata: CommandMetadata,
    /** The LHE stream's revision the client saw (`If-Match`); omitted, none is required. */
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

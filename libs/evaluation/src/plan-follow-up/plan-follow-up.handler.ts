import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FollowUpCommandResult, runFollowUpCommand } from '../shared/evaluation-command';
import { PlanFollowUpCommand } from './plan-follow-up.command';

@CommandHandler(PlanFollowUpCommand)
export class PlanFollowUpHandler implements ICommandHandler<PlanFollowUpCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(command: PlanFollowUpCommand): Promise<FollowUpCommandResult> {
    return runFollowUpCommand(this.store, command);
  }
}

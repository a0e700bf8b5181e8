import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { FollowUpCommandResult, runFollowUpCommand } from '../shared/evaluation-command';
import { VerifyFollowUpCommand } from './verify-follow-up.command';

@CommandHandler(VerifyFollowUpCommand)
export class VerifyFollowUpHandler implements ICommandHandler<VerifyFollowUpCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(command: VerifyFollowUpCommand): Promise<FollowUpCommandResult> {
    return runFollowUpCommand(this.store, command);
  }
}

import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RenstraCommandResult, executeRenstraCommand } from '../common/execute-renstra-command';
import { ReviseIndicatorCommand } from './revise-indicator.command';

@CommandHandler(ReviseIndicatorCommand)
export class ReviseIndicatorHandler implements ICommandHandler<ReviseIndicatorCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(command: ReviseIndicatorCommand): Promise<RenstraCommandResult> {
    return executeRenstraCommand(this.store, command);
  }
}

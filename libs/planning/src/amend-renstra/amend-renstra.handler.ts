import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RenstraCommandResult, executeRenstraCommand } from '../common/execute-renstra-command';
import { AmendRenstraCommand } from './amend-renstra.command';

@CommandHandler(AmendRenstraCommand)
export class AmendRenstraHandler implements ICommandHandler<AmendRenstraCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(command: AmendRenstraCommand): Promise<RenstraCommandResult> {
    return executeRenstraCommand(this.store, command);
  }
}

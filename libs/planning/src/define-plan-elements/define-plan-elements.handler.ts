import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RenstraCommandResult, executeRenstraCommand } from '../common/execute-renstra-command';
import { DefinePlanElementsCommand } from './define-plan-elements.command';

@CommandHandler(DefinePlanElementsCommand)
export class DefinePlanElementsHandler implements ICommandHandler<DefinePlanElementsCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(command: DefinePlanElementsCommand): Promise<RenstraCommandResult> {
    return executeRenstraCommand(this.store, command);
  }
}

import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { LedgerCommandResult, runLedgerCommand } from '../shared/ledger-command';
import { AllocateBudgetCommand } from './allocate-budget.command';

@CommandHandler(AllocateBudgetCommand)
export class AllocateBudgetHandler implements ICommandHandler<AllocateBudgetCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(command: AllocateBudgetCommand): Promise<LedgerCommandResult> {
    return runLedgerCommand(this.store, command);
  }
}

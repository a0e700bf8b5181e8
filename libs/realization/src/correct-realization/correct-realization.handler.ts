import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { LedgerCommandResult, runLedgerCommand } from '../shared/ledger-command';
import { CorrectRealizationCommand } from './correct-realization.command';

@CommandHandler(CorrectRealizationCommand)
export class CorrectRealizationHandler implements ICommandHandler<CorrectRealizationCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(command: CorrectRealizationCommand): Promise<LedgerCommandResult> {
    return runLedgerCommand(this.store, command);
  }
}

import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { LedgerCommandResult, runLedgerCommand } from '../shared/ledger-command';
import { ReportRealizationCommand } from './report-realization.command';

@CommandHandler(ReportRealizationCommand)
export class ReportRealizationHandler implements ICommandHandler<ReportRealizationCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(command: ReportRealizationCommand): Promise<LedgerCommandResult> {
    return runLedgerCommand(this.store, command);
  }
}

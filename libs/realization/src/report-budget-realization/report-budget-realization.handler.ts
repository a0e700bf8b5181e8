import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { LedgerCommandResult, runLedgerCommand } from '../shared/ledger-command';
import { ReportBudgetRealizationCommand } from './report-budget-realization.command';

@CommandHandler(ReportBudgetRealizationCommand)
export class ReportBudgetRealizationHandler implements ICommandHandler<ReportBudgetRealizationCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(command: ReportBudgetRealizationCommand): Promise<LedgerCommandResult> {
    return runLedgerCommand(this.store, command);
  }
}

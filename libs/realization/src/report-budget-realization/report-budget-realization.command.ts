import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { ReportBudgetRealization, ReportBudgetRealizationData } from '../domain/realization.decider';
import { LedgerCommandResult } from '../shared/ledger-command';

/** The one definition of the command: sent on Nest's CommandBus and given to the decider in specs. */
export class ReportBudgetRealizationCommand
  extends Command<LedgerCommandResult>
  implements ReportBudgetRealization
{
  readonly type = 'ReportBudgetRealization' as const;

  constructor(
    readonly data: ReportBudgetRealizationData,
    readonly metadata: CommandMetadata,
    /** The ledger revision the client saw (`If-Match`); omitted, none is required. */
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

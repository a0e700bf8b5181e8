import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { ReportRealization, ReportRealizationData } from '../domain/realization.decider';
import { LedgerCommandResult } from '../shared/ledger-command';

/** The one definition of the command: sent on Nest's CommandBus and given to the decider in specs. */
export class ReportRealizationCommand extends Command<LedgerCommandResult> implements ReportRealization {
  readonly type = 'ReportRealization' as const;

  constructor(
    readonly data: ReportRealizationData,
    readonly metadata: CommandMetadata,
    /** The ledger revision the client saw (`If-Match`); omitted, none is required. */
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { AllocateBudget, AllocateBudgetData } from '../domain/realization.decider';
import { LedgerCommandResult } from '../shared/ledger-command';

/** The one definition of the command: sent on Nest's CommandBus and given to the decider in specs. */
export class AllocateBudgetCommand extends Command<LedgerCommandResult> implements AllocateBudget {
  readonly type = 'AllocateBudget' as const;

  constructor(
    readonly data: AllocateBudgetData,
    readonly metadata: CommandMetadata,
    /** The ledger revision the client saw (`If-Match`); omitted, none is required. */
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { RenstraCommandResult } from '../common/execute-renstra-command';
import { AdoptRenstra, AdoptRenstraData } from '../domain/renstra.commands';

/** The one definition of the command: sent on Nest's CommandBus and given to the decider in specs. */
export class AdoptRenstraCommand extends Command<RenstraCommandResult> implements AdoptRenstra {
  readonly type = 'AdoptRenstra' as const;

  constructor(
    readonly data: AdoptRenstraData,
    readonly metadata: CommandMetadata,
    /** The revision the client saw (If-Match); omitted, the one just read. */
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

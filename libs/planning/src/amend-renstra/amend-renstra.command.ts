import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { RenstraCommandResult } from '../common/execute-renstra-command';
import { AmendRenstra, AmendRenstraData } from '../domain/renstra.commands';

/** Perubahan Renstra: its date, reason and legal basis; the indicator changes follow as their own commands. */
export class AmendRenstraCommand extends Command<RenstraCommandResult> implements AmendRenstra {
  readonly type = 'AmendRenstra' as const;

  constructor(
    readonly data: AmendRenstraData,
    readonly metadata: CommandMetadata,
    /** The revision the client saw (If-Match); omitted, the one just read. */
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { RenstraCommandResult } from '../common/execute-renstra-command';
import { ReviseIndicator, ReviseIndicatorData } from '../domain/renstra.commands';

/** Changes targets or descriptive fields of an indicator; the earlier definition stays in the log. */
export class ReviseIndicatorCommand extends Command<RenstraCommandResult> implements ReviseIndicator {
  readonly type = 'ReviseIndicator' as const;

  constructor(
    readonly data: ReviseIndicatorData,
    readonly metadata: CommandMetadata,
    /** The revision the client saw (If-Match); omitted, the one just read. */
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

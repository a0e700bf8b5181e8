import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { RenstraCommandResult } from '../common/execute-renstra-command';
import { RecordHistoricalResults, RecordHistoricalResultsData } from '../domain/renstra.commands';

/** Earlier years' results as reported then (interchange `history`), one or many in one append. */
export class RecordHistoricalResultsCommand
  extends Command<RenstraCommandResult>
  implements RecordHistoricalResults
{
  readonly type = 'RecordHistoricalResults' as const;

  constructor(
    readonly data: RecordHistoricalResultsData,
    readonly metadata: CommandMetadata,
    /** The revision the client saw (If-Match); omitted, the one just read. */
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

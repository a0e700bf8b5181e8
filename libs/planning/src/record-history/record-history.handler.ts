import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RenstraCommandResult, executeRenstraCommand } from '../common/execute-renstra-command';
import { RecordHistoricalResultsCommand } from './record-history.command';

@CommandHandler(RecordHistoricalResultsCommand)
export class RecordHistoricalResultsHandler implements ICommandHandler<RecordHistoricalResultsCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute(command: RecordHistoricalResultsCommand): Promise<RenstraCommandResult> {
    return executeRenstraCommand(this.store, command);
  }
}

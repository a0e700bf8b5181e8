import { EVENT_STORE, EventStore, fold } from '@jejak/eventstore';
import { agencyDecider, agencyStream, assertAgencyExists } from '@jejak/tenancy';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { RenstraCommandResult, executeRenstraCommand } from '../common/execute-renstra-command';
import { AdoptRenstraCommand } from './adopt-renstra.command';

@CommandHandler(AdoptRenstraCommand)
export class AdoptRenstraHandler implements ICommandHandler<AdoptRenstraCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(command: AdoptRenstraCommand): Promise<RenstraCommandResult> {
    const { tenantId } = command.metadata;
    const { agency } = command.data;
    // The agency lives in tenancy's stream: a plan of an agency that does not exist is a 404.
    assertAgencyExists(
      fold(agencyDecider, await this.store.readStream(agencyStream(tenantId, agency))),
      tenantId,
      agency,
    );
    return executeRenstraCommand(this.store, command);
  }
}

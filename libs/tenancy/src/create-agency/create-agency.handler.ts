import { EVENT_STORE, EventStore, fold, handleCommand } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { agencyDecider } from '../domain/agency.decider';
import { assertTenantExists, tenantDecider } from '../domain/tenant.decider';
import { agencyStream, tenantStream } from '../domain/tenancy.events';
import { CreateAgencyCommand, CreateAgencyResult } from './create-agency.command';

@CommandHandler(CreateAgencyCommand)
export class CreateAgencyHandler implements ICommandHandler<CreateAgencyCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(command: CreateAgencyCommand): Promise<CreateAgencyResult> {
    const { tenantId, agencyId } = command.data;
    // The tenant lives in another stream: read it to refuse an agency of an unknown tenant.
    assertTenantExists(fold(tenantDecider, await this.store.readStream(tenantStream(tenantId))), tenantId);
    const stream = agencyStream(tenantId, agencyId);
    const result = await handleCommand(this.store, { stream, decider: agencyDecider, command });
    return { tenant: tenantId, agency: agencyId, revision: result.nextExpectedRevision };
  }
}

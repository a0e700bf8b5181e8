import { EVENT_STORE, EventStore, handleCommand } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { tenantDecider } from '../domain/tenant.decider';
import { tenantStream } from '../domain/tenancy.events';
import { CreateTenantCommand, CreateTenantResult } from './create-tenant.command';

@CommandHandler(CreateTenantCommand)
export class CreateTenantHandler implements ICommandHandler<CreateTenantCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(command: CreateTenantCommand): Promise<CreateTenantResult> {
    const { tenantId } = command.data;
    const result = await handleCommand(this.store, {
      stream: tenantStream(tenantId),
      decider: tenantDecider,
      command,
    });
    return { tenant: tenantId, revision: result.nextExpectedRevision };
  }
}

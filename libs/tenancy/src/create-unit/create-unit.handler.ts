import { EVENT_STORE, EventStore, handleCommand } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { agencyDecider } from '../domain/agency.decider';
import { agencyStream } from '../domain/tenancy.events';
import { CreateUnitCommand, CreateUnitResult } from './create-unit.command';

@CommandHandler(CreateUnitCommand)
export class CreateUnitHandler implements ICommandHandler<CreateUnitCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(command: CreateUnitCommand): Promise<CreateUnitResult> {
    const { tenantId, agencyId, unitId } = command.data;
    const result = await handleCommand(this.store, {
      stream: agencyStream(tenantId, agencyId),
      decider: agencyDecider,
      command,
      expectedRevision: command.expectedRevision,
    });
    return {
      tenant: tenantId,
      agency: agencyId,
      unit: unitId,
      revision: result.nextExpectedRevision,
      recorded: result.events.length > 0,
    };
  }
}

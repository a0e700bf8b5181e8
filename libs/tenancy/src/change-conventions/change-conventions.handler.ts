import { EVENT_STORE, EventStore, fold, handleCommand } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { conventionsDecider, statedFrom } from '../domain/conventions.decider';
import { conventionsStream, tenantStream } from '../domain/tenancy.events';
import { assertTenantExists, tenantDecider } from '../domain/tenant.decider';
import { ChangeConventionsCommand, ChangeConventionsResult } from './change-conventions.command';

@CommandHandler(ChangeConventionsCommand)
export class ChangeConventionsHandler implements ICommandHandler<ChangeConventionsCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(command: ChangeConventionsCommand): Promise<ChangeConventionsResult> {
    const { tenantId, fromFiscalYear } = command.data;
    assertTenantExists(fold(tenantDecider, await this.store.readStream(tenantStream(tenantId))), tenantId);
    const result = await handleCommand(this.store, {
      stream: conventionsStream(tenantId),
      decider: conventionsDecider,
      command,
      expectedRevision: command.expectedRevision,
    });
    // A valid statement leaves a version stated from its year: the new one, or the identical one.
    const stated = statedFrom(result.state, fromFiscalYear);
    if (!stated) throw new Error(`No conventions stated from ${fromFiscalYear} after a valid statement`);
    const { version, conventions } = stated;
    return {
      tenant: tenantId,
      version,
      fromFiscalYear,
      conventions,
      revision: result.nextExpectedRevision,
      recorded: result.events.length > 0,
    };
  }
}

import { EVENT_STORE, EventStore, fold } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { tenantStream } from '../domain/tenancy.events';
import { assertTenantExists, tenantDecider } from '../domain/tenant.decider';
import { identityService, resolveHoldings } from '../shared/post-holdings';
import { OpenAccountCommand, OpenAccountResult } from './open-account.command';

@CommandHandler(OpenAccountCommand)
export class OpenAccountHandler implements ICommandHandler<OpenAccountCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly moduleRef: ModuleRef,
  ) {}

  async execute(command: OpenAccountCommand): Promise<OpenAccountResult> {
    const { tenantId, email, displayName, password, posts } = command.data;
    assertTenantExists(fold(tenantDecider, await this.store.readStream(tenantStream(tenantId))), tenantId);
    const holdings = await resolveHoldings(this.store, tenantId, posts);
    const { account, revision } = await identityService(this.moduleRef).createAccount(
      { tenantId, email, displayName, password, posts: holdings },
      command.metadata,
    );
    return { ...account, revision };
  }
}

import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { OpenAccountResult } from '../open-account/open-account.command';
import { identityService, resolveHolding } from '../shared/post-holdings';
import { AssignAccountPostCommand } from './assign-post.command';

@CommandHandler(AssignAccountPostCommand)
export class AssignAccountPostHandler implements ICommandHandler<AssignAccountPostCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly moduleRef: ModuleRef,
  ) {}

  async execute(command: AssignAccountPostCommand): Promise<OpenAccountResult> {
    const { tenantId, accountId, assignment } = command.data;
    const holding = await resolveHolding(this.store, tenantId, assignment);
    const { account, revision } = await identityService(this.moduleRef).assignPost(
      tenantId,
      accountId,
      holding,
      command.expectedRevision,
      command.metadata,
    );
    return { ...account, revision };
  }
}

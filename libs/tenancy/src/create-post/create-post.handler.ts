import { EVENT_STORE, EventStore, fold, handleCommand } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { agencyDecider } from '../domain/agency.decider';
import { assertPlacement, postDecider } from '../domain/post.decider';
import { agencyStream, postStream, tenantStream } from '../domain/tenancy.events';
import { assertTenantExists, tenantDecider } from '../domain/tenant.decider';
import { CreatePostCommand, CreatePostResult } from './create-post.command';

@CommandHandler(CreatePostCommand)
export class CreatePostHandler implements ICommandHandler<CreatePostCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(command: CreatePostCommand): Promise<CreatePostResult> {
    const { tenantId, postId, agencyId, superiorPostId } = command.data;
    // Where the post sits lives in other streams: the tenant's, the agency's, the superior post's.
    assertTenantExists(fold(tenantDecider, await this.store.readStream(tenantStream(tenantId))), tenantId);
    const agency = fold(agencyDecider, await this.store.readStream(agencyStream(tenantId, agencyId)));
    const superior =
      superiorPostId === null
        ? null
        : fold(postDecider, await this.store.readStream(postStream(tenantId, superiorPostId)));
    assertPlacement(command.data, agency, superior);
    const result = await handleCommand(this.store, {
      stream: postStream(tenantId, postId),
      decider: postDecider,
      command,
    });
    return {
      tenant: tenantId,
      post: postId,
      revision: result.nextExpectedRevision,
      recorded: result.events.length > 0,
    };
  }
}

import { Command as CommandOf, CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { PostAssignment } from '../domain/post.decider';
import { OpenAccountResult } from '../open-account/open-account.command';

export interface AssignAccountPostData {
  readonly tenantId: string;
  readonly accountId: string;
  readonly assignment: PostAssignment;
}

export type AssignAccountPost = CommandOf<'AssignAccountPost', AssignAccountPostData>;

/** A further post for an official's account; identity records it as `PostAssigned`. */
export class AssignAccountPostCommand extends Command<OpenAccountResult> implements AssignAccountPost {
  readonly type = 'AssignAccountPost' as const;

  constructor(
    readonly data: AssignAccountPostData,
    readonly metadata: CommandMetadata,
    /** The account revision the client saw (`If-Match`); omitted, none is required. */
    readonly expectedRevision?: number,
  ) {
    super();
  }
}

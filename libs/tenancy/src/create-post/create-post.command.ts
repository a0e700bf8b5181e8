import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { CreatePost, CreatePostData } from '../domain/post.decider';

export interface CreatePostResult {
  readonly tenant: string;
  readonly post: string;
  /** The post stream's revision after the command: the new resource's ETag. */
  readonly revision: number;
  /** False when the post already existed exactly so: nothing was appended. */
  readonly recorded: boolean;
}

/** The one definition of the command: sent on Nest's CommandBus and given to the decider in specs. */
export class CreatePostCommand extends Command<CreatePostResult> implements CreatePost {
  readonly type = 'CreatePost' as const;

  constructor(
    readonly data: CreatePostData,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}

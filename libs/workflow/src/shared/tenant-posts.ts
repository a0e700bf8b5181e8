import { ListPostsQuery, PostView } from '@jejak/tenancy';
import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { PostPlacement, SubmissionPlace, postsOfStep } from '../domain/assignees';
import { ChainStep } from '../domain/workflow.events';

/** The tenant's posts from tenancy's posts query: where each sits and its role. */
@Injectable()
export class TenantPosts {
  constructor(private readonly queries: QueryBus) {}

  async placements(tenant: string): Promise<PostPlacement[]> {
    const posts: PostView[] = await this.queries.execute(new ListPostsQuery(tenant));
    return posts.map(({ post, agency, unit, role }) => ({ post, agency, unit, role }));
  }

  /** The posts each step of `chain` waits for, for a submission from `place`. */
  async ofChain(tenant: string, chain: readonly ChainStep[], place: SubmissionPlace): Promise<string[][]> {
    const posts = await this.placements(tenant);
    return chain.map((step) => postsOfStep(step, place, posts));
  }
}

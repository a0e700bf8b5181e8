import { EventStore, fold } from '@jejak/eventstore';
import { IdentityService, PostHolding } from '@jejak/identity';
import { ModuleRef } from '@nestjs/core';
import { PostAssignment, holdingOf, postDecider } from '../domain/post.decider';
import { postStream } from '../domain/tenancy.events';

/**
 * The holdings for posts an administrator assigns, each filled from its post's definition;
 * an unknown post is refused (422) by its path in the request (`${field}[i].post`).
 */
export function resolveHoldings(
  store: EventStore,
  tenantId: string,
  assignments: readonly PostAssignment[],
  field = 'posts',
): Promise<PostHolding[]> {
  return Promise.all(
    assignments.map((assignment, i) => resolveHolding(store, tenantId, assignment, `${field}[${i}]`)),
  );
}

export async function resolveHolding(
  store: EventStore,
  tenantId: string,
  assignment: PostAssignment,
  field = '',
): Promise<PostHolding> {
  const post = fold(postDecider, await store.readStream(postStream(tenantId, assignment.post)));
  return holdingOf(post, assignment, field);
}

/**
 * Identity's accounts service. IdentityModule is configured once by the app (`forRoot`) and not
 * global, so tenancy finds its instance in the application rather than importing it again.
 */
export const identityService = (moduleRef: ModuleRef): IdentityService =>
  moduleRef.get(IdentityService, { strict: false });

import { Command, Decider, unreachable } from '@jejak/eventstore';
import type { PostHolding } from '@jejak/identity';
import { AgencyState, assertAgencyExists } from './agency.decider';
import {
  HoldingEndsBeforeStart,
  PostAlreadyExists,
  UnitRequired,
  UnknownPost,
  UnknownUnit,
} from './tenancy.errors';
import { PostCreated } from './tenancy.events';
import { UNIT_BOUND_ROLES } from './tenancy.rules';

export type CreatePostData = PostCreated['data'];
export type CreatePost = Command<'CreatePost', CreatePostData>;
export type PostCommand = CreatePost;
export type PostEvent = PostCreated;

export type PostState =
  { readonly status: 'absent' } | ({ readonly status: 'active' } & Omit<CreatePostData, 'tenantId'>);

export const initialState = (): PostState => ({ status: 'absent' });

const sameDefinition = (state: PostState & { status: 'active' }, data: CreatePostData): boolean =>
  state.title === data.title &&
  state.agencyId === data.agencyId &&
  state.unitId === data.unitId &&
  state.role === data.role &&
  state.superiorPostId === data.superiorPostId;

/**
 * A post's code is unique in the tenant; defining it again exactly as it is records nothing. Where
 * it sits (agency, unit, superior: other streams) is checked by the handler, with `assertPlacement`.
 */
export function createPost(command: CreatePost, state: PostState): PostEvent[] {
  const data = command.data;
  if (state.status === 'active') {
    if (sameDefinition(state, data)) return [];
    throw new PostAlreadyExists(data.postId);
  }
  if (data.unitId === null && UNIT_BOUND_ROLES.includes(data.role)) throw new UnitRequired(data.role);
  return [{ type: 'PostCreated', data }];
}

/**
 * The post's agency exists, its unit is one of that agency's, its superior is a post defined
 * before it (so a post is never its own superior, nor the chain a loop).
 */
export function assertPlacement(data: CreatePostData, agency: AgencyState, superior: PostState | null): void {
  assertAgencyExists(agency, data.tenantId, data.agencyId, 'agency');
  if (agency.status === 'active' && data.unitId !== null && !agency.units.has(data.unitId))
    throw new UnknownUnit(data.agencyId, data.unitId, 'unit');
  if (data.superiorPostId !== null && superior?.status !== 'active')
    throw new UnknownPost(data.superiorPostId, 'superior');
}

export function decide(command: PostCommand, state: PostState): PostEvent[] {
  switch (command.type) {
    case 'CreatePost':
      return createPost(command, state);
    default:
      return unreachable(command.type, 'post command');
  }
}

export function evolve(state: PostState, event: PostEvent): PostState {
  switch (event.type) {
    case 'PostCreated': {
      const { postId, title, agencyId, unitId, role, superiorPostId } = event.data;
      return { status: 'active', postId, title, agencyId, unitId, role, superiorPostId };
    }
    default:
      return unreachable(event.type, 'post event');
  }
}

export const postDecider: Decider<PostState, PostCommand, PostEvent> = { decide, evolve, initialState };

/** A post to hold, as an administrator asks for it: the post, and Plt./Plh. with its dates. */
export interface PostAssignment {
  readonly post: string;
  readonly acting?: boolean;
  readonly from?: string;
  readonly to?: string;
}

/**
 * The holding an account gets for `assignment`: where the post sits and its role come from the
 * post's definition, so the token carries them and `authorize()` can judge. `field` is the
 * assignment's path in the request (`posts[1]`; '' for the whole body).
 */
export function holdingOf(post: PostState, assignment: PostAssignment, field = ''): PostHolding {
  const at = (name: string) => (field ? `${field}.${name}` : name);
  if (post.status === 'absent') throw new UnknownPost(assignment.post, at('post'));
  const { acting, from, to } = assignment;
  if (from !== undefined && to !== undefined && to < from)
    throw new HoldingEndsBeforeStart(assignment.post, at('to'));
  return {
    post: post.postId,
    agency: post.agencyId,
    ...(post.unitId !== null ? { unit: post.unitId } : {}),
    role: post.role,
    ...(acting ? { acting: true } : {}),
    ...(from !== undefined ? { from } : {}),
    ...(to !== undefined ? { to } : {}),
  };
}

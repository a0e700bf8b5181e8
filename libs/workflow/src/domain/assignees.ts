import { ChainStep, StepAssignee } from './workflow.events';

/** A post of the tenant as tenancy's posts query gives it: where it sits, and its role. */
export interface PostPlacement {
  readonly post: string;
  readonly agency: string;
  readonly unit: string | null;
  readonly role: string;
}

/** Where the submission comes from: roles of scope 'unit' and 'agency' are looked for there. */
export interface SubmissionPlace {
  readonly agency: string;
  readonly unit: string | null;
}

function matches(assignee: StepAssignee, place: SubmissionPlace, post: PostPlacement): boolean {
  if (assignee.posts) return assignee.posts.includes(post.post);
  if (post.role !== assignee.role) return false;
  switch (assignee.scope ?? 'agency') {
    case 'tenant':
      return true;
    case 'agency':
      return post.agency === place.agency;
    case 'unit':
      return post.agency === place.agency && place.unit !== null && post.unit === place.unit;
  }
}

/** The posts a step waits for: named posts, and the posts of its roles in the submission's unit, agency or tenant. */
export function postsOfStep(
  step: ChainStep,
  place: SubmissionPlace,
  posts: readonly PostPlacement[],
): string[] {
  return posts.filter((post) => step.assignees.some((a) => matches(a, place, post))).map((post) => post.post);
}

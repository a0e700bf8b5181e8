import { PostPlacement } from '../../domain/assignees';

/** A post of the tenant's directory: where it sits, its role, and the post it answers to. */
export interface DirectoryPost extends PostPlacement {
  readonly superior: string | null;
}

/**
 * Where an overdue step escalates: the superior post of each of its posts (tenancy's
 * `superiorPostId`), leaving out those already on the step. Sorted, once each; [] at the top.
 */
export function superiorPosts(posts: readonly string[], directory: readonly DirectoryPost[]): string[] {
  const superiors = directory
    .filter((p) => posts.includes(p.post) && p.superior !== null)
    .map((p) => p.superior as string)
    .filter((superior) => !posts.includes(superior));
  return [...new Set(superiors)].sort();
}

import type { HeldPost } from '@jejak/access';
import { PostPlacement, SubmissionPlace, postsOfStep } from '../domain/assignees';
import type { StepAssignee } from '../domain/workflow.events';

/*
 * An inbox key names whom an open submission waits for: a post code; a role pseudo-post while no
 * post holds the role where the step looks for it; or, for an item returned for revision, its
 * drafter. Rows are written under keys when the projection applies a transition, and the caller's
 * keys are derived from the token's holdings, so the inbox is one index lookup per key.
 *
 * Why the pseudo-post: role assignees are resolved to posts with the decider's own rule
 * (`postsOfStep`) against tenancy's `posts` read model as it stands when the transition is
 * projected. An agency whose secretary post does not exist yet (or is not yet in the read model:
 * it has its own projector) would leave the submission in nobody's inbox. Keyed on
 * `role:secretary@bkpsdm` instead, it is found by any holding whose role and place match — the
 * token carries both — so a post created later still sees it. (A post added for a role that did
 * resolve is placed at the submission's next transition.) When the post is created, the
 * projection moves the pseudo-post's rows onto it, so its rows become what a rebuild writes.
 */

export const ACCOUNT_KEY_PREFIX = 'account:';
/** The key of a drafter who submitted in no post. */
export const accountKey = (account: string): string => `${ACCOUNT_KEY_PREFIX}${account}`;

/** The pseudo-post of a role: `role:R` (tenant-wide), `role:R@agency`, `role:R@agency/unit`. */
export function rolePseudoPost(role: string, agency?: string | null, unit?: string | null): string {
  if (!agency) return `role:${role}`;
  return unit ? `role:${role}@${agency}/${unit}` : `role:${role}@${agency}`;
}

/** A role assignee no post answers to yet: the pseudo-post of its scope; none where nobody could act. */
function pseudoPostOf(assignee: StepAssignee, place: SubmissionPlace): string[] {
  if (!assignee.role) return [];
  switch (assignee.scope ?? 'agency') {
    case 'tenant':
      return [rolePseudoPost(assignee.role)];
    case 'agency':
      return [rolePseudoPost(assignee.role, place.agency)];
    case 'unit':
      // The decider finds no unit post for a submission of no unit: it waits for nobody.
      return place.unit === null ? [] : [rolePseudoPost(assignee.role, place.agency, place.unit)];
  }
}

/**
 * The keys a step waits for, sorted, each once: the posts its assignees name, the posts of the
 * directory holding its roles where the decider looks for them, and pseudo-posts for roles none hold.
 */
export function stepKeys(
  assignees: readonly StepAssignee[],
  place: SubmissionPlace,
  directory: readonly PostPlacement[],
): string[] {
  const keys = assignees.flatMap((assignee) => {
    const step = { name: '', assignees: [assignee], dueInSeconds: null };
    const found = postsOfStep(step, place, directory);
    return [
      ...(assignee.posts ?? []),
      ...(found.length > 0 || assignee.posts ? found : pseudoPostOf(assignee, place)),
    ];
  });
  return [...new Set(keys)].sort();
}

/** The roles a step's assignees name, for loading just those posts. */
export const stepRoles = (assignees: readonly StepAssignee[]): string[] => [
  ...new Set(assignees.flatMap((assignee) => (assignee.role ? [assignee.role] : []))),
];

/** What the caller's inbox is looked up by: post keys, and the account for items returned to them. */
export interface CallerKeys {
  /** Post codes and the pseudo-posts of their roles. */
  readonly posts: readonly string[];
  /** The caller's account: items returned to the caller, and drafts keyed on a post only the drafter sees. */
  readonly account: string;
  /** False when the caller named one post (X-Jejak-Post): returned items of other posts stay out. */
  readonly everyReturned: boolean;
}

const heldOn = (holding: HeldPost, day: string): boolean =>
  (!holding.from || holding.from <= day) && (!holding.to || day <= holding.to);

/** The pseudo-posts a post of `role` at its place answers to: tenant-, agency- and unit-wide. */
export function pseudoPostsOf(role: string, agency?: string | null, unit?: string | null): string[] {
  const agencyWide = agency ? [rolePseudoPost(role, agency)] : [];
  const unitWide = agency && unit ? [rolePseudoPost(role, agency, unit)] : [];
  return [rolePseudoPost(role), ...agencyWide, ...unitWide];
}

/** A holding's keys: its post, and the pseudo-posts its role answers to. */
const holdingKeys = (holding: HeldPost): string[] =>
  holding.role
    ? [holding.post, ...pseudoPostsOf(holding.role, holding.agency, holding.unit)]
    : [holding.post];

/**
 * The caller's inbox keys on `day` (ISO date, as access compares holdings): every post held that
 * day — an acting appointment (Plt./Plh.) only within its dates — or only `namedPost` when the
 * caller chose one (X-Jejak-Post).
 */
export function callerKeys(
  caller: { readonly account: string; readonly posts: readonly HeldPost[] },
  namedPost: string | undefined,
  day: string,
): CallerKeys {
  const holdings = caller.posts.filter(
    (holding) => heldOn(holding, day) && (namedPost === undefined || holding.post === namedPost),
  );
  const posts = [...new Set(holdings.flatMap(holdingKeys))].sort();
  return { posts, account: caller.account, everyReturned: namedPost === undefined };
}

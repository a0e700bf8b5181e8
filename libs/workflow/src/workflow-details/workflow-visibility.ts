import type { AuthenticatedAccount } from '@jejak/identity';
import { DomainError } from '@jejak/eventstore';
import { WorkflowView } from './workflow.view';

export class WorkflowNotVisible extends DomainError {
  readonly code = 'WORKFLOW.NOT_VISIBLE';
  override readonly status: number = 403;
  constructor(readonly workflowId: string) {
    super(
      'Only the submitter, the holders of the posts of its chain and the inspectorate read this submission',
    );
  }
}

/**
 * Who reads a submission: the platform, the inspectorate (it reads everything), the submitter and
 * whoever acted on it, and the holders of any post of its chain (held or acting, whatever the date:
 * a draft is shown along the chain).
 */
export function canRead(
  caller: Pick<AuthenticatedAccount, 'account' | 'platformAdmin' | 'posts'>,
  view: WorkflowView,
): boolean {
  if (caller.platformAdmin) return true;
  if (caller.posts.some((p) => p.role === 'inspectorate')) return true;
  const actors = view.history.map((t) => (t.by as { account?: string } | undefined)?.account);
  if (view.submittedBy.account === caller.account || actors.includes(caller.account)) return true;
  const chainPosts = new Set(view.chain.flatMap((step) => step.posts));
  return caller.posts.some((p) => chainPosts.has(p.post));
}

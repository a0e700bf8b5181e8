import type { AuthenticatedAccount } from '@jejak/identity';
import { WorkflowCaller } from '../domain/workflow.actors';

const day = (at: Date): string => at.toISOString().slice(0, 10);

/**
 * The caller as the workflow judges them: the person, and the posts they hold on `at` (an acting
 * appointment counts within its dates, with its acting flag), and the post they chose to act in.
 */
export function workflowCaller(account: AuthenticatedAccount, at: Date): WorkflowCaller {
  const today = day(at);
  const posts = account.posts
    .filter((p) => (!p.from || p.from <= today) && (!p.to || today <= p.to))
    .map((p) => ({ post: p.post, ...(p.acting ? { acting: true } : {}) }));
  return {
    account: account.account,
    name: account.name,
    posts,
    ...(account.post ? { post: account.post } : {}),
  };
}

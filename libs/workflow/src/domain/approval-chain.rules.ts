import { POST_ROLES, PostRole } from '@jejak/access';
import { AssigneeScope, ChainStep, StepAssignee } from './workflow.events';

export const STEP_NAME_MAX_LENGTH = 200;
export const CHAIN_MAX_STEPS = 20;
export const ASSIGNEE_SCOPES: readonly AssigneeScope[] = ['unit', 'agency', 'tenant'];

export interface ChainProblem {
  readonly path: string;
  readonly message: string;
}

function assigneeProblems(assignee: StepAssignee, path: string): ChainProblem[] {
  const hasPosts = Array.isArray(assignee.posts) && assignee.posts.length > 0;
  const hasRole = typeof assignee.role === 'string';
  if (hasPosts === hasRole) return [{ path, message: 'names either posts or a role, not both nor neither' }];
  if (hasRole && !POST_ROLES.includes(assignee.role as PostRole))
    return [{ path: `${path}.role`, message: `must be one of ${POST_ROLES.join(', ')}` }];
  if (assignee.scope !== undefined && (!hasRole || !ASSIGNEE_SCOPES.includes(assignee.scope)))
    return [
      { path: `${path}.scope`, message: `goes with a role and is one of ${ASSIGNEE_SCOPES.join(', ')}` },
    ];
  return [];
}

function stepProblems(step: ChainStep, path: string): ChainProblem[] {
  const problems: ChainProblem[] = [];
  if (typeof step.name !== 'string' || step.name.trim() === '')
    problems.push({ path: `${path}.name`, message: 'must name the step' });
  if (!Array.isArray(step.assignees) || step.assignees.length === 0)
    problems.push({ path: `${path}.assignees`, message: 'must name at least one post or role' });
  else step.assignees.forEach((a, i) => problems.push(...assigneeProblems(a, `${path}.assignees[${i}]`)));
  const due = step.dueInSeconds;
  if (due !== null && (!Number.isSafeInteger(due) || due < 1))
    problems.push({
      path: `${path}.dueInSeconds`,
      message: 'must be a whole number of seconds, 1 or more, or null',
    });
  return problems;
}

/** Why a chain could never finish, by path (`steps[1].assignees`); [] when it is sound. */
export function chainProblems(steps: readonly ChainStep[]): ChainProblem[] {
  if (steps.length === 0) return [{ path: 'steps', message: 'must have at least one step' }];
  if (steps.length > CHAIN_MAX_STEPS)
    return [{ path: 'steps', message: `has at most ${CHAIN_MAX_STEPS} steps` }];
  return steps.flatMap((step, i) => stepProblems(step, `steps[${i}]`));
}

/** One spelling per chain, so defining it again as it is records nothing. */
export function canonicalChain(steps: readonly ChainStep[]): ChainStep[] {
  return steps.map((step) => ({
    name: step.name.trim(),
    assignees: step.assignees.map((a) =>
      a.posts ? { posts: [...new Set(a.posts)] } : { role: a.role, scope: a.scope ?? 'agency' },
    ),
    dueInSeconds: step.dueInSeconds,
  }));
}

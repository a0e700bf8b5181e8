import { NotTheDrafter, NotYourStep, SecondStepBySamePerson, SelfApproval } from './workflow.errors';
import { WorkflowActor } from './workflow.events';
import { StepApproval, Submission } from './workflow.state';

/** A post the caller holds today, definitively or as Plt./Plh. */
export interface HeldToday {
  readonly post: string;
  readonly acting?: boolean;
}

/** Who asks: the person (account), the posts they hold today, and the post they chose to act in. */
export interface WorkflowCaller {
  readonly account: string;
  readonly name: string | null;
  readonly posts: readonly HeldToday[];
  /** Named by `X-Jejak-Post`: only that post counts. */
  readonly post?: string;
}

const candidates = (caller: WorkflowCaller): readonly HeldToday[] =>
  caller.post ? caller.posts.filter((held) => held.post === caller.post) : caller.posts;

const actorIn = (caller: WorkflowCaller, held: HeldToday | undefined): WorkflowActor => ({
  account: caller.account,
  name: caller.name,
  post: held?.post ?? null,
  acting: held?.acting === true,
});

/**
 * The caller acting on step `step`: through a post they hold (or act in) that the step waits for,
 * recorded with the acting flag. Posts, not people, carry the authority.
 */
export function actorOnStep(
  caller: WorkflowCaller,
  eligiblePosts: readonly string[],
  step: number,
): WorkflowActor {
  const held = candidates(caller).find((h) => eligiblePosts.includes(h.post));
  if (!held) throw new NotYourStep(step);
  return actorIn(caller, held);
}

/** The drafter acting on their own submission: the post they submitted in, while they still hold it. */
export function drafterActor(caller: WorkflowCaller, submission: Submission): WorkflowActor {
  if (caller.account !== submission.submittedBy.account) throw new NotTheDrafter();
  const held =
    candidates(caller).find((h) => h.post === submission.submittedBy.post) ?? candidates(caller)[0];
  return actorIn(caller, held);
}

/**
 * Separation of duties, by person (account), whichever posts they hold: the submitter never
 * approves their own submission, and nobody approves two steps of one submission.
 */
export function assertSeparationOfDuties(
  caller: WorkflowCaller,
  submission: Submission,
  approvals: readonly StepApproval[],
  step: number,
): void {
  if (caller.account === submission.submittedBy.account) throw new SelfApproval();
  const earlier = approvals.find((a) => a.by.account === caller.account && a.step !== step);
  if (earlier) throw new SecondStepBySamePerson(earlier.step);
}

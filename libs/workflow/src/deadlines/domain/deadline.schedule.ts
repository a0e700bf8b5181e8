/**
 * The reminder goes out when a quarter of the step's due period is left (a 4-day step reminds
 * after 3 days; a step of 8 seconds after 6): late enough to be about this step, early enough to act.
 */
export const REMINDER_LEAD_SHARE = 0.25;

/** The jobs of queue `reminders` (QUEUES.reminders). */
export type DeadlineJobName = 'reminder' | 'escalation';

/** When to remind of a step due at `dueAt` after a period of `dueInSeconds`. */
export const remindAt = (dueAt: Date, dueInSeconds: number): Date =>
  new Date(dueAt.getTime() - Math.round(dueInSeconds * 1000 * REMINDER_LEAD_SHARE));

/** What a deadline job carries: which step, in which round, and when it is meant to run. */
export interface DeadlineJobPayload {
  readonly workflowId: string;
  readonly step: number;
  readonly round: number;
  readonly dueAt: string;
  /** When the job is meant to run (ISO); one that arrives early is delayed again until then. */
  readonly at: string;
}

/** Idempotent: one job per (workflow, round, kind), however often the projection runs. */
export const deadlineJobId = (
  tenantId: string,
  workflowId: string,
  round: number,
  kind: DeadlineJobName,
): string => `workflow-deadline.${tenantId}.${workflowId}.${round}.${kind}`;

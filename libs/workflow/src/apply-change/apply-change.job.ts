import { OutboxMessage } from '@jejak/eventstore';

/** The queue of the workflow's background work: applying approved changes. */
export const WORKFLOW_QUEUE = 'workflow';
export const APPLY_CHANGE_JOB = 'apply-change';

export interface ApplyChangePayload {
  readonly workflowId: string;
}

/**
 * Written with SubmissionApproved in one transaction: should the process die before the change is
 * applied inline, the worker applies it. One job per submission (its id from the workflow id).
 */
export const applyChangeMessage = (workflowId: string): OutboxMessage => ({
  queue: WORKFLOW_QUEUE,
  name: APPLY_CHANGE_JOB,
  jobId: `${APPLY_CHANGE_JOB}-${workflowId}`,
  payload: { workflowId } satisfies ApplyChangePayload,
});

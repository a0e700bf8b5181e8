import type { DefaultJobOptions } from 'bullmq';

/** A completed job is kept this long, so a late second relay of its id is still a no-op. */
export const COMPLETED_JOB_RETENTION_SECONDS = 7 * 24 * 3600;

/**
 * ARCHITECTURE.md, "Work outside the request": retried with backoff, and a job that keeps
 * failing is kept for inspection (removeOnFail: false).
 */
export const JOB_DEFAULTS: DefaultJobOptions = Object.freeze({
  attempts: 8,
  backoff: { type: 'exponential', delay: 5_000 },
  removeOnComplete: { age: COMPLETED_JOB_RETENTION_SECONDS },
  removeOnFail: false,
});

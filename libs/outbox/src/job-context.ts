import type { Job } from 'bullmq';
import { requestContext } from '@jejak/database';

/**
 * What a job relayed from the outbox carries: the payload as written, and the tenant whose
 * transaction wrote it (checked by row-level security then, so a processor may trust it).
 */
export interface OutboxJobData<P = unknown> {
  readonly tenantId: string;
  readonly payload: P;
}

/**
 * Runs a processor's work as the job's tenant, with the job id as correlation id, so the
 * commands it sends and the rows they touch are that tenant's only.
 */
export function runForJob<P, T>(job: Job<OutboxJobData<P>>, fn: (payload: P) => Promise<T>): Promise<T> {
  return requestContext.run(
    { tenantId: job.data.tenantId, platform: false, source: 'system', correlationId: job.id },
    () => fn(job.data.payload),
  );
}

import { OutboxJobData, runForJob } from '@jejak/outbox';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { ModuleRef } from '@nestjs/core';
import type { Job } from 'bullmq';
import { APPLY_CHANGE_JOB, ApplyChangePayload, WORKFLOW_QUEUE } from './apply-change.job';
import { WorkflowEffects } from './workflow-effects';

/**
 * Applies approved changes that the request may not have (a crash between SubmissionApproved and
 * the target's events): re-applying one already applied appends nothing. In the worker:
 * `registerProcessors(WORKFLOW_QUEUE, ApplyChangeProcessor)` beside `WorkflowEffectsModule`.
 */
@Processor(WORKFLOW_QUEUE)
export class ApplyChangeProcessor extends WorkerHost {
  constructor(private readonly moduleRef: ModuleRef) {
    super();
  }

  async process(job: Job<OutboxJobData<ApplyChangePayload>>): Promise<void> {
    if (job.name !== APPLY_CHANGE_JOB)
      throw new Error(`Unknown job "${job.name}" on queue ${WORKFLOW_QUEUE}`);
    // Registered by registerProcessors in its own module: the effects come from the application.
    const effects = this.moduleRef.get(WorkflowEffects, { strict: false });
    await runForJob(job, ({ workflowId }) => effects.apply(job.data.tenantId, workflowId));
  }
}

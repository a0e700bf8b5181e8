import { AgreementsModule } from '@jejak/agreements';
import { EvaluationModule } from '@jejak/evaluation';
import { registerProcessors } from '@jejak/outbox';
import { RealizationModule } from '@jejak/realization';
import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { ChangeRegistry } from '../changes/change-registry';
import { ApplyChangeProcessor } from './apply-change.processor';
import { WORKFLOW_QUEUE } from './apply-change.job';
import { WorkflowEffects } from './workflow-effects';

/**
 * The worker side of approvals: the `workflow` queue's processor, and the commands it sends (the
 * contexts of `CHANGE_TYPES`, whose handlers join the worker's CommandBus). Needs the worker's
 * BullMQ root, TypeORM DataSource (their read-model entities are the worker's projections') and
 * `EVENT_STORE`. In apps/worker: one line in PROCESSOR_MODULES.
 */
@Module({
  imports: [
    CqrsModule,
    AgreementsModule,
    RealizationModule,
    EvaluationModule,
    registerProcessors(WORKFLOW_QUEUE, ApplyChangeProcessor),
  ],
  providers: [ChangeRegistry, WorkflowEffects],
  exports: [WorkflowEffects],
})
export class WorkflowEffectsWorkerModule {}

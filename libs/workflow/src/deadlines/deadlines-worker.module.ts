import { QUEUES, registerProcessors } from '@jejak/outbox';
import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { DeadlineProcessor } from './deadline.processor';
import { EscalateOverdueStepHandler } from './escalate-overdue-step/escalate-overdue-step.handler';
import { SendStepReminderHandler } from './send-step-reminder/send-step-reminder.handler';

/**
 * The worker side of deadlines: the `reminders` queue's processor and the commands it sends.
 * Needs the worker's BullMQ root (`bullRootModule()`), TypeORM DataSource and `EVENT_STORE`.
 * The jobs are scheduled by `workflowDeadlinesProjection` (the worker's projections).
 */
@Module({
  imports: [CqrsModule, registerProcessors(QUEUES.reminders)],
  providers: [DeadlineProcessor, SendStepReminderHandler, EscalateOverdueStepHandler],
})
export class WorkflowDeadlinesWorkerModule {}

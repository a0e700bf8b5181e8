import { Type } from '@nestjs/common';
import {
  NotificationsWorkerModule,
  WorkflowDeadlinesWorkerModule,
  WorkflowEffectsWorkerModule,
} from '@jejak/workflow';

/**
 * Every BullMQ processor module the worker runs (see outbox.wiring.md). A context's background
 * work joins by adding its module here; each brings its queue's processor and the commands it sends.
 */
export const PROCESSOR_MODULES: readonly Type[] = [
  WorkflowDeadlinesWorkerModule,
  NotificationsWorkerModule,
  WorkflowEffectsWorkerModule,
];

import { DynamicModule, Type } from '@nestjs/common';
import { BullModule, WorkerHost } from '@nestjs/bullmq';
import type { QueueOptions } from 'bullmq';
import { JejakConfig, loadConfig } from '@jejak/config';
import { JOB_DEFAULTS } from './job-defaults';
import { workerConnection } from './redis-connections';

/** The queues in use; an outbox message's `queue` is one of these. */
export const QUEUES = Object.freeze({
  notifications: 'notifications',
  reports: 'reports',
  reminders: 'reminders',
} as const);

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Shared BullMQ settings of the worker: its Redis, the run's key prefix, the job defaults. */
export function bullRootOptions(config: JejakConfig = loadConfig()): QueueOptions {
  return {
    connection: workerConnection(config.redisUrl),
    prefix: config.queuePrefix,
    defaultJobOptions: JOB_DEFAULTS,
  };
}

/** Import once in the worker's root module, before any {@link registerProcessors}. */
export function bullRootModule(): DynamicModule {
  return BullModule.forRootAsync({ useFactory: () => bullRootOptions() });
}

/**
 * A module running `processors` (each a `@Processor(queue)` class extending `WorkerHost`) on
 * `queue`, with that queue injectable beside them (`@InjectQueue(queue)`). A feature's worker
 * side is one line: `registerProcessors(QUEUES.reports, RenderReportProcessor)`.
 */
export function registerProcessors(queue: string, ...processors: Type<WorkerHost>[]): DynamicModule {
  // A class per call: Nest keeps one instance per module class and metadata.
  const module = class {};
  Object.defineProperty(module, 'name', { value: `${queue}ProcessorsModule` });
  return {
    module,
    imports: [BullModule.registerQueue({ name: queue })],
    providers: processors,
    exports: [BullModule],
  };
}

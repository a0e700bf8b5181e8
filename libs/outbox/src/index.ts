export { enqueueInTransaction, type TransactionalQueryRunner } from './outbox.writer';
export {
  assertValidOutboxMessage,
  outboxMessageProblem,
  InvalidOutboxMessageError,
  MAX_DELAY_MS,
} from './outbox-message';
export { OUTBOX_CHANNEL } from './outbox.sql';
export { OutboxRelay, type OutboxRelayOptions } from './outbox.relay';
export { OutboxModule, type OutboxModuleOptions, OutboxRelayHost } from './outbox.module';
export { QUEUES, type QueueName, bullRootOptions, bullRootModule, registerProcessors } from './queues';
export { type OutboxJobData, runForJob } from './job-context';
export { JOB_DEFAULTS, COMPLETED_JOB_RETENTION_SECONDS } from './job-defaults';
export { workerConnection, RedisUnavailableError } from './redis-connections';

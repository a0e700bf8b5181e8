import type { OutboxMessage } from '@jejak/eventstore';

/** A message BullMQ would refuse; refused when written, so it never sits in the outbox for ever. */
export class InvalidOutboxMessageError extends Error {
  readonly code = 'OUTBOX.INVALID_MESSAGE';
  constructor(
    readonly jobId: string,
    readonly problem: string,
  ) {
    super(`Outbox message ${JSON.stringify(jobId)} is invalid: ${problem}`);
    this.name = new.target.name;
  }
}

/** The outbox's `delay_ms` is a PostgreSQL int. */
export const MAX_DELAY_MS = 2_147_483_647;

/** Why BullMQ would refuse the message (its queue-name and custom-id rules), or null. */
export function outboxMessageProblem(message: OutboxMessage): string | null {
  const { queue, name, jobId, delayMs = 0 } = message;
  if (!queue || queue.includes(':')) return 'the queue name must be non-empty and contain no ":"';
  if (!name) return 'the job name must be non-empty';
  if (!jobId || jobId.includes(':')) return 'the job id must be non-empty and contain no ":"';
  if (`${parseInt(jobId, 10)}` === jobId) return 'the job id must not be an integer (BullMQ reserves those)';
  if (!Number.isSafeInteger(delayMs) || delayMs < 0) return 'delayMs must be a non-negative integer';
  if (delayMs > MAX_DELAY_MS)
    return `delayMs must fit the outbox's int column (at most ${MAX_DELAY_MS}, ~24 days)`;
  return null;
}

export function assertValidOutboxMessage(message: OutboxMessage): void {
  const problem = outboxMessageProblem(message);
  if (problem) throw new InvalidOutboxMessageError(message.jobId, problem);
}

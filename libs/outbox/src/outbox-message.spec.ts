import type { EntityManager } from 'typeorm';
import type { PoolClient } from 'pg';
import type { OutboxMessage } from '@jejak/eventstore';
import { assertValidOutboxMessage, InvalidOutboxMessageError, outboxMessageProblem } from './outbox-message';
import type { TransactionalQueryRunner } from './outbox.writer';

const valid: OutboxMessage = {
  queue: 'reminders',
  name: 'remind-deadline',
  jobId: 'kota-dumai.realization-q1.remind',
  payload: { period: '2024-Q1' },
  delayMs: 1000,
};

describe('an outbox message', () => {
  it('is accepted with a queue, a name and a job id derived from what it does', () => {
    expect(outboxMessageProblem(valid)).toBeNull();
    expect(outboxMessageProblem({ ...valid, delayMs: undefined })).toBeNull();
  });

  it.each([
    ['a queue name with ":"', { queue: 'reminders:x' }],
    ['an empty job name', { name: '' }],
    ['a job id with ":" (BullMQ refuses it)', { jobId: 'kota-dumai:remind' }],
    ['an integer job id (BullMQ reserves those)', { jobId: '42' }],
    ['a negative delay', { delayMs: -1 }],
    ['a fractional delay', { delayMs: 1.5 }],
    ['a delay past the int column (~24 days)', { delayMs: 2_147_483_648 }],
  ])('is refused with %s', (_, change) => {
    const message = { ...valid, ...change };
    expect(outboxMessageProblem(message)).not.toBeNull();
    expect(() => assertValidOutboxMessage(message)).toThrow(InvalidOutboxMessageError);
  });
});

describe('the writer', () => {
  it('takes a pg client or a TypeORM entity manager', () => {
    const runners: TransactionalQueryRunner[] = [{} as PoolClient, {} as EntityManager];
    expect(runners).toHaveLength(2);
  });
});

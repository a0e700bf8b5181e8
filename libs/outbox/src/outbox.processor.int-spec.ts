import { randomBytes } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Test } from '@nestjs/testing';
import type { Job } from 'bullmq';
import { requestContext } from '@jejak/database';
import { OutboxJobData, runForJob } from './job-context';
import { OutboxModule } from './outbox.module';
import { bullRootModule, registerProcessors } from './queues';
import { openOutboxTestDb, OutboxTestDb } from './testing/outbox-test-db';
import { commitOutbox, inspectQueue, obliterate, waitFor } from './testing/helpers';

const QUEUE = `outbox-processor-spec-${randomBytes(4).toString('hex')}`;

interface Seen {
  readonly id: string | undefined;
  readonly name: string;
  readonly payload: unknown;
  readonly tenantInContext: string | undefined;
}

/** A processor as a feature would write one; it records what it ran, as whom. */
@Processor(QUEUE)
class RecordingProcessor extends WorkerHost {
  static readonly seen: Seen[] = [];

  async process(job: Job<OutboxJobData>): Promise<void> {
    await runForJob(job, async (payload) => {
      RecordingProcessor.seen.push({
        id: job.id,
        name: job.name,
        payload,
        tenantInContext: requestContext.current()?.tenantId,
      });
    });
  }
}

describe('a job written to the outbox in the worker', () => {
  let db: OutboxTestDb;
  let app: INestApplicationContext;
  const queue = inspectQueue(QUEUE);

  beforeAll(async () => {
    db = openOutboxTestDb();
    const moduleRef = await Test.createTestingModule({
      imports: [
        bullRootModule(),
        registerProcessors(QUEUE, RecordingProcessor),
        OutboxModule.forRoot({ queues: [QUEUE], pollIntervalMs: 50 }), // its own pool, as in the worker
      ],
    }).compile();
    app = await moduleRef.init();
  });

  afterAll(async () => {
    await app?.close();
    await obliterate(queue);
    await db?.close();
  });

  it('reaches its processor once, with its payload, run as the tenant that wrote it', async () => {
    const payload = { agreement: 'bkpsdm-2024', remindAt: '2024-03-31' };
    await commitOutbox(db.app, 'kota-dumai', [
      { queue: QUEUE, name: 'remind-signature', jobId: 'pk-bkpsdm-2024', payload },
    ]);

    await waitFor(async () => (await queue.getJob('pk-bkpsdm-2024'))?.finishedOn !== undefined);

    expect(RecordingProcessor.seen).toEqual([
      { id: 'pk-bkpsdm-2024', name: 'remind-signature', payload, tenantInContext: 'kota-dumai' },
    ]);
  });
});

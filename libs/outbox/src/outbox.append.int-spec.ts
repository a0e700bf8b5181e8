import { randomBytes } from 'node:crypto';
import { loadConfig } from '@jejak/config';
import { requestContext } from '@jejak/database';
import { NewEvent, PostgresEventStore, newId } from '@jejak/eventstore';
import { OutboxRelay } from './outbox.relay';
import { openOutboxTestDb, OutboxTestDb } from './testing/outbox-test-db';
import { inspectQueue, obliterate } from './testing/helpers';

const QUEUE = `outbox-append-spec-${randomBytes(4).toString('hex')}`;
const TENANT = 'kota-dumai';

function signed(id: string): NewEvent {
  return {
    id,
    type: 'PerformanceAgreementSigned',
    data: { agency: 'bkpsdm', year: 2024 },
    metadata: { tenantId: TENANT, schemaVersion: 1, source: 'api' },
  };
}

describe("an append's outbox messages", () => {
  let db: OutboxTestDb;
  const queue = inspectQueue(QUEUE);

  beforeAll(async () => {
    db = openOutboxTestDb();
  });

  afterAll(async () => {
    await obliterate(queue);
    await db?.close();
  });

  it('reach their queue once, even when the append is retried', async () => {
    const store = new PostgresEventStore(db.app);
    const stream = `${TENANT}/agreement-bkpsdm-${randomBytes(3).toString('hex')}`;
    const event = signed(newId());
    const outbox = [
      { queue: QUEUE, name: 'notify-signed', jobId: `signed-${event.id}`, payload: { stream } },
    ];
    await requestContext.run({ tenantId: TENANT, platform: false }, async () => {
      await store.appendToStream(stream, [event], { expectedRevision: 'no_stream', outbox });
      await store.appendToStream(stream, [event], { outbox }); // an idempotent retry
    });
    const relay = new OutboxRelay({
      pool: db.app,
      redisUrl: loadConfig().redisUrl,
      prefix: loadConfig().queuePrefix,
      queues: [QUEUE],
      listen: false,
    });

    await relay.relayAll();
    await relay.stop();

    const jobs = await queue.getJobs(['waiting']);
    expect(jobs.map((job) => [job.id, job.name, job.data])).toEqual([
      [`signed-${event.id}`, 'notify-signed', { tenantId: TENANT, payload: { stream } }],
    ]);
  });
});

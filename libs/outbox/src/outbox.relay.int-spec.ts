import { randomBytes } from 'node:crypto';
import type { Queue } from 'bullmq';
import { loadConfig } from '@jejak/config';
import { OutboxRelay, OutboxRelayOptions } from './outbox.relay';
import { TcpProxy } from './testing/tcp-proxy';
import { openOutboxTestDb, OutboxTestDb } from './testing/outbox-test-db';
import {
  abandonOutbox,
  commitOutbox,
  inspectQueue,
  messages,
  obliterate,
  undispatchedCount,
  waitFor,
} from './testing/helpers';

const config = loadConfig();
const QUEUE = `outbox-relay-spec-${randomBytes(4).toString('hex')}`;
const TENANT = 'kota-dumai';

describe('the outbox relay', () => {
  let db: OutboxTestDb;
  let queue: Queue;
  const relays: OutboxRelay[] = [];

  function relay(options: Partial<OutboxRelayOptions> = {}): OutboxRelay {
    const created = new OutboxRelay({
      pool: db.app,
      redisUrl: config.redisUrl,
      prefix: config.queuePrefix,
      queues: [QUEUE], // the run's database is shared: leave other suites' rows alone
      listen: false,
      logger: { log: () => undefined, warn: () => undefined, error: () => undefined },
      ...options,
    });
    relays.push(created);
    return created;
  }

  async function jobIdsInQueue(): Promise<string[]> {
    const jobs = await queue.getJobs(['waiting', 'delayed', 'active', 'completed', 'failed', 'prioritized']);
    return jobs.map((job) => job.id!).sort();
  }

  beforeAll(async () => {
    db = openOutboxTestDb();
    queue = inspectQueue(QUEUE);
  });

  afterEach(async () => {
    await Promise.all(relays.splice(0).map((r) => r.stop()));
    await queue.obliterate({ force: true });
  });

  afterAll(async () => {
    await obliterate(queue);
    await db?.close();
  });

  describe('a transaction that rolls back', () => {
    it('never reaches the queue, while a committed one does, with its job id, payload and delay', async () => {
      await abandonOutbox(db.app, TENANT, messages(QUEUE, 'abandoned', 3));
      await commitOutbox(db.app, TENANT, [
        ...messages(QUEUE, 'kept', 2),
        ...messages(QUEUE, 'later', 1, 60_000),
      ]);

      expect(await relay().relayAll()).toBe(3);

      expect(await jobIdsInQueue()).toEqual(['kept-0', 'kept-1', 'later-0']);
      const kept = await queue.getJob('kept-1');
      expect(kept!.name).toBe('remind');
      expect(kept!.data).toEqual({ tenantId: TENANT, payload: { n: 1, prefix: 'kept' } });
      expect(kept!.opts).toMatchObject({
        attempts: 8,
        removeOnFail: false,
        backoff: { type: 'exponential' },
      });
      expect(await (await queue.getJob('later-0'))!.getState()).toBe('delayed');
      expect(await undispatchedCount(db.owner, QUEUE)).toBe(0);
    });

    it('cannot write jobs for another tenant than its own', async () => {
      const foreign = commitOutbox(db.app, 'kota-pekanbaru', messages(QUEUE, 'foreign', 1), TENANT);
      await expect(foreign).rejects.toThrow(/row-level security/);
    });
  });

  describe('committed rows', () => {
    it('reach BullMQ exactly once when two relays race and a third relays again', async () => {
      await commitOutbox(db.app, TENANT, messages(QUEUE, 'race', 60));

      const [first, second] = await Promise.all([
        relay({ batchSize: 7 }).relayAll(),
        relay({ batchSize: 5 }).relayAll(),
      ]);
      const again = await relay().relayAll();

      expect(first + second).toBe(60); // each row claimed by one relay only (SKIP LOCKED)
      expect(again).toBe(0);
      expect(await jobIdsInQueue()).toEqual(
        messages(QUEUE, 'race', 60)
          .map((m) => m.jobId)
          .sort(),
      );
    });

    it('stay one job each when relayed again after a crash between add and commit', async () => {
      await commitOutbox(db.app, TENANT, messages(QUEUE, 'crash', 4));
      await relay().relayAll();
      // As if the relay had crashed after adding the jobs, before its commit.
      await db.owner.query(
        `UPDATE outbox SET dispatched_at = NULL WHERE queue = $1 AND job_id LIKE 'crash-%'`,
        [QUEUE],
      );

      expect(await relay().relayAll()).toBe(4);

      expect(await jobIdsInQueue()).toEqual(['crash-0', 'crash-1', 'crash-2', 'crash-3']);
      expect(await queue.count()).toBe(4);
    });
  });

  describe('a running relay', () => {
    it("wakes on the writer's notification instead of waiting for its timer", async () => {
      const listening = relay({ listen: true, pollIntervalMs: 10 * 60_000 });
      await listening.start();

      await commitOutbox(db.app, TENANT, messages(QUEUE, 'notified', 2));

      await waitFor(async () => (await undispatchedCount(db.owner, QUEUE)) === 0);
      expect(await jobIdsInQueue()).toEqual(['notified-0', 'notified-1']);
    });

    it('sets aside a row BullMQ would refuse, once, without blocking the rows behind it', async () => {
      const errors: string[] = [];
      const insert = `INSERT INTO outbox (tenant_id, queue, job_name, job_id, payload) VALUES ($1, $2, 'remind', $3, '{}')`;
      await db.owner.query(insert, [TENANT, QUEUE, '42']); // as an append that skipped validation could
      await db.owner.query(insert, [TENANT, QUEUE, 'behind-0']);
      const strict = relay({
        batchSize: 1,
        logger: { log: () => undefined, warn: () => undefined, error: (m: string) => errors.push(m) },
      });

      expect(await strict.relayAll()).toBe(1);
      expect(await strict.relayAll()).toBe(0);

      expect(await jobIdsInQueue()).toEqual(['behind-0']);
      expect(await undispatchedCount(db.owner, QUEUE)).toBe(1);
      expect(errors).toEqual([expect.stringContaining('job 42')]);
      await db.owner.query(`UPDATE outbox SET dispatched_at = now() WHERE queue = $1`, [QUEUE]);
    });
  });

  describe('while Redis is unreachable', () => {
    let proxy: TcpProxy;
    beforeEach(async () => {
      const target = new URL(config.redisUrl);
      proxy = new TcpProxy(target.hostname, Number(target.port || 6379));
      await proxy.up();
    });
    afterEach(() => proxy.down());

    it('lets commands commit, keeps their rows, and delivers every one when Redis returns', async () => {
      const warnings: string[] = [];
      const resumed: string[] = [];
      const running = relay({
        redisUrl: proxy.url,
        pollIntervalMs: 20,
        maxBackoffMs: 200,
        addTimeoutMs: 500,
        redisReconnectMaxMs: 100,
        logger: {
          log: (m: string) => resumed.push(m),
          warn: (m: string) => warnings.push(m),
          error: () => undefined,
        },
      });
      await running.start();
      await commitOutbox(db.app, TENANT, messages(QUEUE, 'before', 3));
      await waitFor(async () => (await undispatchedCount(db.owner, QUEUE)) === 0);

      await proxy.down();
      await commitOutbox(db.app, TENANT, messages(QUEUE, 'during', 5));
      await waitFor(() => warnings.length > 0);
      await commitOutbox(db.app, TENANT, messages(QUEUE, 'also-during', 5));

      expect(await undispatchedCount(db.owner, QUEUE)).toBe(10);
      expect(await jobIdsInQueue()).toEqual(['before-0', 'before-1', 'before-2']);

      await proxy.up();
      await waitFor(async () => (await undispatchedCount(db.owner, QUEUE)) === 0);

      const all = [
        ...messages(QUEUE, 'before', 3),
        ...messages(QUEUE, 'during', 5),
        ...messages(QUEUE, 'also-during', 5),
      ];
      expect(await jobIdsInQueue()).toEqual(all.map((m) => m.jobId).sort());
      expect(warnings).toHaveLength(1); // once per outage, not per row or per attempt
      expect(resumed).toHaveLength(1);
      await running.stop();
    });
  });
});

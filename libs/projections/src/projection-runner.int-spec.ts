import { asPlatform, tenantIsolationSql } from '@jejak/database';
import {
  EventStore,
  EventStore1760000000100,
  LogPosition,
  NewEvent,
  createPostgresEventStore,
  uuidV5,
} from '@jejak/eventstore';
import { InMemoryEventStore, ScratchDatabase, scratchDatabase } from '@jejak/testing';
import { Client } from 'pg';
import { DataSource, MigrationInterface, QueryRunner } from 'typeorm';
import { readCheckpoint } from './checkpoint';
import { Projection } from './projection';
import { ProjectionCheckpoints1760000000300 } from './projection-checkpoints.migration';
import { waitForOlderTransactions } from './log-horizon';
import { ProjectionLagService } from './projection-lag.service';
import { ProjectionRunner, ProjectionRunnerOptions, UnknownProjectionError } from './projection-runner';

/** A read model that is deliberately NOT idempotent: applying an event twice would show. */
class StreamCounts1760000000399 implements MigrationInterface {
  readonly name = 'StreamCounts1760000000399';
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE stream_counts (
      tenant_id text NOT NULL, stream_id text NOT NULL, applied integer NOT NULL, last_position integer NOT NULL,
      PRIMARY KEY (tenant_id, stream_id))`);
    for (const sql of tenantIsolationSql('stream_counts')) await queryRunner.query(sql);
  }
  async down(): Promise<void> {}
}

const streamCounts: Projection = {
  name: 'stream-counts',
  eventTypes: ['Counted'],
  tables: ['stream_counts'],
  async handle(manager, event) {
    await manager.query(
      `INSERT INTO stream_counts (tenant_id, stream_id, applied, last_position) VALUES ($1, $2, 1, $3)
       ON CONFLICT (tenant_id, stream_id) DO UPDATE SET applied = stream_counts.applied + 1, last_position = excluded.last_position`,
      [event.tenantId, event.streamId, event.streamPosition],
    );
  },
};

const TENANTS = ['kota-dumai', 'kota-bontang'];
let db: ScratchDatabase;
let owner: Client;
let dataSource: DataSource;

beforeAll(async () => {
  db = await scratchDatabase([
    EventStore1760000000100,
    ProjectionCheckpoints1760000000300,
    StreamCounts1760000000399,
  ]);
  owner = new Client({ connectionString: db.ownerUrl });
  await owner.connect();
  dataSource = await new DataSource({ type: 'postgres', url: db.appUrl }).initialize();
});

afterAll(async () => {
  await dataSource?.destroy();
  await owner?.end();
  await db?.drop();
});

const snapshot = async (): Promise<unknown[]> =>
  (await owner.query('SELECT * FROM stream_counts ORDER BY tenant_id, stream_id')).rows;
const appliedSum = async (): Promise<number> =>
  Number((await owner.query('SELECT coalesce(sum(applied), 0) AS n FROM stream_counts')).rows[0].n);
const checkpoint = (): Promise<LogPosition> => readCheckpoint(dataSource.manager, streamCounts.name);

describe.each([
  ['in memory', () => new InMemoryEventStore()],
  ['in PostgreSQL', () => createPostgresEventStore({ url: db.appUrl, poolSize: 4 })],
])('with the log %s', (_where, openStore: () => EventStore) => {
  let store: EventStore;
  /** What this suite appended, in order: the type and log position of each event. */
  const log: Array<{ type: string; position: LogPosition }> = [];
  const handledCount = (): number => log.filter((event) => event.type === 'Counted').length;
  const last = (): LogPosition => log[log.length - 1].position;
  const runner = (options: ProjectionRunnerOptions = {}): ProjectionRunner =>
    new ProjectionRunner(dataSource, store, [streamCounts], { batchSize: 5, idleMs: 20, ...options });

  /** Appends `count` events round-robin over two tenants' streams; every third is one the projector ignores. */
  async function append(count: number): Promise<void> {
    for (let i = 0; i < count; i++) {
      const n = log.length;
      const tenantId = TENANTS[n % 2];
      const type = n % 3 === 2 ? 'Ignored' : 'Counted';
      const event: NewEvent = {
        id: uuidV5(`stream-counts|${_where}|${n}`),
        type,
        data: { n },
        metadata: { tenantId, schemaVersion: 1, source: 'system' },
      };
      const result = await asPlatform(() => store.appendToStream(`${tenantId}/counter-${n % 3}`, [event]));
      log.push({ type, position: result.position });
    }
  }

  beforeAll(() => {
    store = openStore();
  });

  afterAll(() => store?.close());

  // Every test starts from a read model rebuilt over the whole log so far.
  beforeEach(() => runner().rebuild(streamCounts.name));

  describe('a projection runner', () => {
    it('commits the rows and the checkpoint of a batch together, or neither', async () => {
      await append(3);
      const before = [await snapshot(), await checkpoint()];
      const failing = runner({
        hooks: { beforeCommit: () => Promise.reject(new Error('crash before commit')) },
      });
      await expect(failing.catchUp()).rejects.toThrow('crash before commit');
      expect([await snapshot(), await checkpoint()]).toEqual(before);

      await runner().catchUp();
      expect(await checkpoint()).toEqual(last());
      expect(await appliedSum()).toBe(handledCount());
    });

    it('resumes after a crash in the middle of a batch with the rows a rebuild from zero gives', async () => {
      await append(12);
      const from = await checkpoint();
      let seen = 0;
      // Batches of 5 from the checkpoint: the crash comes at the third event of the second batch.
      const crashing = runner({
        hooks: {
          beforeEvent: () => {
            if (++seen === 8) throw new Error('crash mid-batch');
          },
        },
      });
      await expect(crashing.catchUp()).rejects.toThrow('crash mid-batch');
      const crashedAt = await checkpoint();
      expect(crashedAt).not.toEqual(from);
      expect(crashedAt).not.toEqual(last());

      await runner().catchUp();
      const resumed = await snapshot();
      await runner().rebuild(streamCounts.name);
      expect(await snapshot()).toEqual(resumed);
      expect(await appliedSum()).toBe(handledCount());
    });

    it('rebuilds from zero to the rows it reached incrementally', async () => {
      const incremental = runner();
      for (const count of [4, 7, 1, 9]) {
        await append(count);
        await incremental.catchUp();
      }
      const before = await snapshot();
      await incremental.rebuild(streamCounts.name);
      expect(await snapshot()).toEqual(before);
      expect(await checkpoint()).toEqual(last());
    });

    it('never applies an event twice when two runners catch up at once', async () => {
      await append(23);
      await Promise.all([runner().catchUp(), runner().catchUp(), runner({ batchSize: 3 }).catchUp()]);
      expect(await appliedSum()).toBe(handledCount());
    });

    it('follows the log in the background until stopped', async () => {
      const background = runner();
      background.start();
      await append(6);
      const deadline = Date.now() + 5000;
      while ((await appliedSum()) < handledCount() && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 20));
      await background.stop();
      expect(await appliedSum()).toBe(handledCount());
    });

    it('refuses to rebuild a projection it does not know, naming those it does', async () => {
      await expect(runner().rebuild('nope')).rejects.toThrow(UnknownProjectionError);
      await expect(runner().rebuild('nope')).rejects.toThrow('known: stream-counts');
    });
  });

  describe('the projection lag', () => {
    it('counts the events after each checkpoint, the whole log for a projector that never ran', async () => {
      await append(4);
      await runner().catchUp();
      const at = last();
      await append(3);
      await waitForOlderTransactions(dataSource, 5000); // the PostgreSQL log shows an event once older writers end
      const lag = await new ProjectionLagService(
        dataSource,
        store,
        ['never-ran', 'stream-counts'],
        10_000,
      ).lag();
      expect(lag).toEqual([
        { projector: 'never-ran', checkpoint: { commit: '0', prepare: '0' }, lag: log.length },
        {
          projector: 'stream-counts',
          checkpoint: { commit: String(at.commit), prepare: String(at.prepare) },
          lag: 3,
        },
      ]);
    });

    it('stops counting at its cap', async () => {
      await append(4);
      await waitForOlderTransactions(dataSource, 5000);
      expect((await new ProjectionLagService(dataSource, store, ['never-ran'], 2).lag())[0].lag).toBe(2);
    });
  });
});

import { Client } from 'pg';
import { loadConfig } from '@jejak/config';
import { SET_TENANT_SQL } from '@jejak/database';
import { RecordedEvent } from '../event-store.port';
import {
  asPlatform,
  asTenant,
  eventually,
  isAscending,
  logTail,
  newEvents,
  newTenant,
  readLogUntil,
} from '../testing/event-store.fixtures';
import { PostgresEventStore, createPostgresEventStore } from './postgres-event-store';

const config = loadConfig();
let store: PostgresEventStore;
let slowWriter: Client;

beforeAll(async () => {
  store = createPostgresEventStore({ url: config.appDatabaseUrl });
  slowWriter = new Client({ connectionString: config.appDatabaseUrl });
  await slowWriter.connect();
});
afterAll(() => Promise.all([store.close(), slowWriter.end()]));

describe('following the log while a slow writer holds an earlier position', () => {
  it("neither skips the slow writer's events nor repeats any, in a read or a subscription", async () => {
    const [slow, fast] = [newTenant(), newTenant()];
    const ours = (events: readonly RecordedEvent[]) =>
      events.filter((e) => e.tenantId === slow || e.tenantId === fast);
    const start = await asPlatform(() => logTail(store));
    const subscription = await asPlatform(async () =>
      store.subscribeToAll({ after: start, batchSize: 2, idleMs: 20 }),
    );
    const received: RecordedEvent[] = [];
    const following = (async () => {
      for await (const event of subscription) received.push(event);
    })();

    // The slow writer draws its global positions first and keeps its transaction open...
    const slowEvents = newEvents(slow, 2);
    await slowWriter.query('BEGIN');
    await slowWriter.query(SET_TENANT_SQL, [slow, 'off']);
    const { rows } = await slowWriter.query('SELECT * FROM jejak_append($1, $2, $3::jsonb, NULL)', [
      `${slow}/report-1`,
      'any',
      JSON.stringify(slowEvents),
    ]);
    // ...while a fast one draws later positions and commits.
    const fastEvents = newEvents(fast, 2);
    const fastResult = await asTenant(fast, () => store.appendToStream(`${fast}/report-2`, fastEvents));
    expect(BigInt(rows[0].log_prepare)).toBeLessThan(fastResult.position.prepare);

    // A reader that showed the fast events now would have moved past the slow ones for good.
    expect(ours(await asPlatform(() => readLogUntil(store, start, () => true)))).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ours(received)).toEqual([]);

    await slowWriter.query('COMMIT');
    const expected = [...slowEvents, ...fastEvents].map((e) => e.id);
    const read = await asPlatform(() => readLogUntil(store, start, (events) => ours(events).length >= 4, 1));
    expect(ours(read).map((e) => e.id)).toEqual(expected);
    await eventually(async () => (ours(received).length >= 4 ? true : undefined), 20000, 'the subscription');
    await subscription.stop();
    await following;
    expect(ours(received).map((e) => e.id)).toEqual(expected);
    expect(isAscending(received)).toBe(true);
  });
});

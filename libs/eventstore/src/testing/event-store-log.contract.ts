import { EventStore, LOG_START, RecordedEvent } from '../event-store.port';
import {
  asPlatform,
  asTenant,
  eventually,
  isAscending,
  logTail,
  newEvents,
  newTenant,
  readLogUntil,
} from './event-store.fixtures';

const ofTenants = (events: readonly RecordedEvent[], ...tenants: string[]): RecordedEvent[] =>
  events.filter((e) => tenants.includes(e.tenantId));

/** The global log, subscriptions and the hash chain: part of the event store contract. */
export function describeLogContract(store: () => EventStore): void {
  describe('the global log', () => {
    it('gives every event once, in log order, across batches', async () => {
      const [a, b] = [newTenant(), newTenant()];
      const start = await asPlatform(() => logTail(store()));
      const appended = [
        ...(await appendAll(store(), a, [`${a}/one`, `${a}/two`, `${a}/one`])),
        ...(await appendAll(store(), b, [`${b}/three`])),
        ...(await appendAll(store(), a, [`${a}/two`])),
      ];
      // Batches of 2 after a position: the next batch starts exactly where the last one ended.
      const read = await asPlatform(() =>
        readLogUntil(store(), start, (events) => ofTenants(events, a, b).length >= appended.length, 2),
      );
      expect(isAscending(read)).toBe(true);
      expect(ofTenants(read, a, b).map((e) => e.id)).toEqual(appended);
    });

    it('shows a tenant only its own events', async () => {
      const [a, b] = [newTenant(), newTenant()];
      const mine = await appendAll(store(), a, [`${a}/one`, `${a}/two`]);
      await appendAll(store(), b, [`${b}/one`]);
      const read = await asTenant(a, () =>
        readLogUntil(store(), LOG_START, (events) => events.length >= mine.length),
      );
      expect(read.map((e) => e.id)).toEqual(mine);
    });
  });

  describe('a subscription to the log', () => {
    it('catches up, then delivers events appended after it started, until stopped', async () => {
      const tenant = newTenant();
      const start = await asPlatform(() => logTail(store()));
      const before = await appendAll(store(), tenant, [`${tenant}/one`, `${tenant}/two`]);
      // Made as the platform, iterated from anywhere: it keeps the context it was made in.
      const subscription = await asPlatform(async () =>
        store().subscribeToAll({ after: start, batchSize: 1, idleMs: 20 }),
      );
      const received: RecordedEvent[] = [];
      const following = (async () => {
        for await (const event of subscription) if (event.tenantId === tenant) received.push(event);
      })();

      await eventually(async () => (received.length === 2 ? true : undefined), 20000, 'the catch-up');
      const live = await appendAll(store(), tenant, [`${tenant}/one`]);
      await eventually(async () => (received.length === 3 ? true : undefined), 20000, 'the live event');
      await subscription.stop();
      await following;
      expect(received.map((e) => e.id)).toEqual([...before, ...live]);
      expect(isAscending(received)).toBe(true);
    });
  });

  describe("verification of a tenant's hash chain", () => {
    it('finds an untouched chain valid, with its length and head', async () => {
      const tenant = newTenant();
      await appendAll(store(), tenant, [`${tenant}/one`, `${tenant}/two`, `${tenant}/one`]);
      await asTenant(tenant, async () => {
        const [last] = await store().readStream(`${tenant}/one`, { fromRevision: 1 });
        expect(await store().verify(tenant)).toEqual({
          tenantId: tenant,
          eventCount: 3,
          headHash: last.hash,
          valid: true,
          firstBroken: null,
        });
      });
    });
  });
}

/** Appends one event to each stream in turn, as `tenant`; returns the ids in append order. */
async function appendAll(store: EventStore, tenant: string, streams: readonly string[]): Promise<string[]> {
  const ids: string[] = [];
  await asTenant(tenant, async () => {
    for (const stream of streams) {
      const events = newEvents(tenant, 1);
      await store.appendToStream(stream, events);
      ids.push(events[0].id);
    }
  });
  return ids;
}

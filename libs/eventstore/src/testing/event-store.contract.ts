import {
  EventIdConflictError,
  EventStore,
  TenantAccessDeniedError,
  WrongExpectedRevisionError,
} from '../event-store.port';
import { describeLogContract } from './event-store-log.contract';
import { asTenant, isAscending, newEvent, newEvents, newTenant } from './event-store.fixtures';

export interface EventStoreFixture {
  readonly store: EventStore;
  close(): Promise<void>;
}

/**
 * The behaviour every adapter of the port must show. Each test makes its own tenants, so the
 * suite runs on a database other suites share; tenant operations run as that tenant, log-wide
 * ones as the platform.
 */
export function describeEventStoreContract(name: string, setup: () => Promise<EventStoreFixture>): void {
  describe(`${name} (event store contract)`, () => {
    let fixture: EventStoreFixture;
    const store = (): EventStore => fixture.store;
    beforeAll(async () => {
      fixture = await setup();
    });
    afterAll(() => fixture?.close());

    describeStreamContract(store);
    describeConcurrencyContract(store);
    describeLogContract(store);
  });
}

function describeStreamContract(store: () => EventStore): void {
  describe('a stream', () => {
    it('numbers its events from 0 and reads them back in order, with their data and metadata', () => {
      const tenant = newTenant();
      return asTenant(tenant, async () => {
        const stream = `${tenant}/agreement-a-2024`;
        const first = newEvents(tenant, 3);
        const second = newEvents(tenant, 2, 'SomethingElseHappened');
        expect(await store().appendToStream(stream, first, { expectedRevision: 'no_stream' })).toMatchObject({
          nextExpectedRevision: 2,
          appended: true,
        });
        expect(
          (await store().appendToStream(stream, second, { expectedRevision: 2 })).nextExpectedRevision,
        ).toBe(4);

        const read = await store().readStream(stream);
        expect(read.map((e) => [e.id, e.type, e.streamPosition])).toEqual(
          [...first, ...second].map((e, n) => [e.id, e.type, n]),
        );
        expect(read[3]).toMatchObject({
          data: { n: 0 },
          metadata: second[0].metadata,
          tenantId: tenant,
          streamId: stream,
        });
        expect(read[3]).toMatchObject({
          schemaVersion: 1,
          occurredAt: new Date(second[0].metadata.occurredAt as string),
        });
        expect(read.every((e) => /^[0-9a-f]{64}$/.test(e.hash) && e.recordedAt instanceof Date)).toBe(true);
        expect(isAscending(read)).toBe(true);
        expect((await store().readStream(stream, { fromRevision: 3 })).map((e) => e.streamPosition)).toEqual([
          3, 4,
        ]);
        expect((await store().readStream(stream, { maxCount: 2 })).map((e) => e.streamPosition)).toEqual([
          0, 1,
        ]);
      });
    });

    it('reads as [] when it does not exist', () => {
      const tenant = newTenant();
      return asTenant(tenant, async () =>
        expect(await store().readStream(`${tenant}/nothing-here`)).toEqual([]),
      );
    });

    it('appends nothing when the same event ids come again (a retry)', () => {
      const tenant = newTenant();
      return asTenant(tenant, async () => {
        const stream = `${tenant}/retry-1`;
        const events = newEvents(tenant, 2);
        const first = await store().appendToStream(stream, events, { expectedRevision: 'no_stream' });
        const retry = await store().appendToStream(stream, events, { expectedRevision: 'no_stream' });
        expect(retry).toEqual({ ...first, appended: false });
        expect(await store().readStream(stream)).toHaveLength(2);
      });
    });

    it('refuses a batch reusing only some stored ids', () => {
      const tenant = newTenant();
      return asTenant(tenant, async () => {
        const stream = `${tenant}/retry-2`;
        const events = newEvents(tenant, 2);
        await store().appendToStream(stream, events);
        const mixed = [events[1], newEvent(tenant)];
        await expect(store().appendToStream(stream, mixed)).rejects.toBeInstanceOf(EventIdConflictError);
        expect(await store().readStream(stream)).toHaveLength(2);
      });
    });

    it("is another tenant's to read and write: [] to read, refused to append", async () => {
      const [a, b] = [newTenant(), newTenant()];
      const theirs = `${b}/agreement-x-2024`;
      await asTenant(b, () => store().appendToStream(theirs, newEvents(b, 1)));
      await asTenant(a, async () => {
        expect(await store().readStream(theirs)).toEqual([]);
        await expect(store().appendToStream(theirs, newEvents(a, 1))).rejects.toBeInstanceOf(
          TenantAccessDeniedError,
        );
        await expect(store().appendToStream(`${b}/new-stream`, newEvents(a, 1))).rejects.toBeInstanceOf(
          TenantAccessDeniedError,
        );
      });
      await asTenant(b, async () => expect(await store().readStream(theirs)).toHaveLength(1));
    });
  });

  describe('as-of reads', () => {
    it('on the recorded axis, return what had been stored by then', () => {
      const tenant = newTenant();
      return asTenant(tenant, async () => {
        const stream = `${tenant}/realization-a-2024`;
        await store().appendToStream(stream, newEvents(tenant, 1));
        const [first] = await store().readStream(stream);
        await new Promise((resolve) => setTimeout(resolve, 15));
        await store().appendToStream(stream, newEvents(tenant, 1));
        expect(await store().readStream(stream, { recordedUpTo: first.recordedAt })).toEqual([first]);
        expect(
          await store().readStream(stream, { recordedUpTo: new Date(first.recordedAt.getTime() - 1) }),
        ).toEqual([]);
        expect(await store().readStream(stream, { recordedUpTo: new Date() })).toHaveLength(2);
      });
    });

    it('on the effective axis, count a late-recorded event from when it took effect, an undated one from when it was recorded', () => {
      const tenant = newTenant();
      return asTenant(tenant, async () => {
        const stream = `${tenant}/agreement-b-2024`;
        const signed = newEvent(tenant, 'Signed', {}, '2024-03-01T00:00:00.000Z');
        const undated = newEvent(tenant, 'Noted', {}, null);
        const lateAmendment = newEvent(tenant, 'Amended', {}, '2024-01-15T00:00:00.000Z');
        await store().appendToStream(stream, [signed]);
        await store().appendToStream(stream, [undated]);
        await store().appendToStream(stream, [lateAmendment]);
        const ids = async (occurredUpTo: Date, recordedUpTo?: Date): Promise<string[]> =>
          (await store().readStream(stream, { occurredUpTo, recordedUpTo })).map((e) => e.id);

        expect(await ids(new Date('2024-02-01T00:00:00Z'))).toEqual([lateAmendment.id]);
        expect(await ids(new Date('2024-06-01T00:00:00Z'))).toEqual([signed.id, lateAmendment.id]);
        expect(await ids(new Date(Date.now() + 60000))).toEqual([signed.id, undated.id, lateAmendment.id]);
        const [storedSigned, storedUndated] = await store().readStream(stream);
        expect(storedUndated.occurredAt).toBeNull();
        expect(await ids(new Date('2024-06-01T00:00:00Z'), storedSigned.recordedAt)).toEqual([signed.id]);
      });
    });
  });
}

function describeConcurrencyContract(store: () => EventStore): void {
  describe('optimistic concurrency', () => {
    const expectWrongRevision = async (
      append: Promise<unknown>,
      actual: number | 'no_stream',
    ): Promise<void> => {
      const error = await append.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(WrongExpectedRevisionError);
      expect((error as WrongExpectedRevisionError).actual).toBe(actual);
    };

    it('refuses no_stream on a stream that exists, a stale revision, and stream_exists on a missing stream', () => {
      const tenant = newTenant();
      return asTenant(tenant, async () => {
        const stream = `${tenant}/workflow-1`;
        await store().appendToStream(stream, newEvents(tenant, 2), { expectedRevision: 'no_stream' });
        await expectWrongRevision(
          store().appendToStream(stream, newEvents(tenant, 1), { expectedRevision: 'no_stream' }),
          1,
        );
        await expectWrongRevision(
          store().appendToStream(stream, newEvents(tenant, 1), { expectedRevision: 0 }),
          1,
        );
        await expectWrongRevision(
          store().appendToStream(`${tenant}/workflow-2`, newEvents(tenant, 1), {
            expectedRevision: 'stream_exists',
          }),
          'no_stream',
        );
        expect(await store().readStream(stream)).toHaveLength(2);
      });
    });

    it('lets exactly one of 20 concurrent appenders at the same revision win', () => {
      const tenant = newTenant();
      return asTenant(tenant, async () => {
        const stream = `${tenant}/workflow-race`;
        await store().appendToStream(stream, newEvents(tenant, 1), { expectedRevision: 'no_stream' });
        const batches = Array.from({ length: 20 }, () => newEvents(tenant, 2));
        const outcomes = await Promise.allSettled(
          batches.map((events) => store().appendToStream(stream, events, { expectedRevision: 0 })),
        );
        const winners = outcomes.flatMap((o, n) => (o.status === 'fulfilled' ? [n] : []));
        const losers = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
        expect(winners).toHaveLength(1);
        expect(losers).toHaveLength(19);
        expect(losers.every((e) => e instanceof WrongExpectedRevisionError)).toBe(true);
        const read = await store().readStream(stream);
        expect(read.slice(1).map((e) => e.id)).toEqual(batches[winners[0]].map((e) => e.id));
      });
    });
  });
}

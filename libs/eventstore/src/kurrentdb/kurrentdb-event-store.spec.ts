import { PassThrough } from 'node:stream';
import {
  AppendStreamState,
  EventData,
  Filter,
  KurrentDBClient,
  Position,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { requestContext } from '@jejak/database';
import {
  EventIdConflictError,
  NewEvent,
  TenantAccessDeniedError,
  WrongExpectedRevisionError,
} from '../event-store.port';
import { KurrentDbEventStore, OutboxNotSupportedError } from './kurrentdb-event-store';

/**
 * The adapter over an in-memory stand-in for the client, written to the behaviour the client's
 * typings and KurrentDB's documentation describe (expected-state checks, StreamNotFoundError on
 * reading a missing stream, `$all` reads that include `fromPosition`, server-side filters).
 * It checks our logic; only the contract suite against a real server checks those assumptions.
 */
class FakeClient {
  readonly log: Record<string, unknown>[] = [];
  beforeAppend?: () => void;
  private nextPosition = 100n;

  constructor() {
    this.write('$settings', [
      { id: 'sys', type: '$settings', data: {}, metadata: undefined, contentType: 'application/json' },
    ]);
  }

  async appendToStream(
    stream: string,
    events: EventData[],
    { streamState }: { streamState: AppendStreamState },
  ) {
    const interleave = this.beforeAppend;
    this.beforeAppend = undefined;
    interleave?.();
    const current = this.stream(stream).length - 1;
    const met =
      streamState === 'any' ||
      (streamState === 'no_stream'
        ? current < 0
        : streamState === 'stream_exists'
          ? current >= 0
          : BigInt(current) === streamState);
    if (!met) {
      const actual = current < 0 ? ('no_stream' as const) : BigInt(current);
      throw new WrongExpectedVersionError(undefined, {
        streamName: stream,
        expected: streamState,
        current: actual,
      });
    }
    const position = this.write(stream, events);
    return { success: true, nextExpectedRevision: BigInt(this.stream(stream).length - 1), position };
  }

  readStream(
    stream: string,
    options: { fromRevision?: 'start' | 'end' | bigint; maxCount?: number; direction?: string } = {},
  ) {
    const events = this.stream(stream);
    const from = typeof options.fromRevision === 'bigint' ? Number(options.fromRevision) : 0;
    let page = events.slice(from);
    if (options.direction === 'backwards') page = events.slice().reverse();
    page = page.slice(0, options.maxCount ?? Infinity);
    return (async function* () {
      if (events.length === 0) throw new StreamNotFoundError(undefined, stream);
      yield* page.map((event) => ({ event }));
    })();
  }

  readAll({
    fromPosition,
    maxCount,
    filter,
  }: {
    fromPosition: 'start' | Position;
    maxCount: number;
    filter: Filter;
  }) {
    const from = fromPosition === 'start' ? -1n : fromPosition.commit;
    const page = this.log
      .filter((e) => (e.position as Position).commit >= from && matches(filter, e))
      .slice(0, maxCount);
    return (async function* () {
      yield* page.map((event) => ({ event }));
    })();
  }

  subscribeToAll({ filter }: { filter: Filter }) {
    const source = Object.assign(new PassThrough({ objectMode: true }), {
      unsubscribe: async () => undefined,
    });
    for (const event of this.log.filter((e) => matches(filter, e))) source.write({ event });
    return source;
  }

  async dispose() {}

  private stream(name: string) {
    return this.log.filter((event) => event.streamId === name);
  }

  private write(stream: string, events: EventData[]): Position {
    const revision = this.stream(stream).length;
    const json = (value: unknown) => (value === undefined ? undefined : JSON.parse(JSON.stringify(value)));
    events.forEach((e, index) => {
      const position = { commit: this.nextPosition, prepare: this.nextPosition };
      this.nextPosition += 10n;
      const record = {
        streamId: stream,
        id: e.id,
        type: e.type,
        isJson: true,
        revision: BigInt(revision + index),
      };
      this.log.push({
        ...record,
        data: json(e.data),
        metadata: json(e.metadata),
        created: new Date(),
        position,
      });
    });
    return this.log[this.log.length - 1].position as Position;
  }
}

function matches(filter: Filter, event: Record<string, unknown>): boolean {
  const subject = String(filter.filterOn === 'streamName' ? event.streamId : event.type);
  return 'prefixes' in filter
    ? filter.prefixes.some((p) => subject.startsWith(p))
    : new RegExp(filter.regex).test(subject);
}

const asTenant = <T>(tenantId: string, fn: () => Promise<T>) =>
  requestContext.run({ tenantId, platform: false }, fn);
const asPlatform = <T>(fn: () => Promise<T>) => requestContext.run({ platform: true }, fn);

const event = (id: string, tenantId = 'kota-dumai'): NewEvent => ({
  id,
  type: 'RealizationReported',
  data: { value: id },
  metadata: { tenantId, schemaVersion: 1, source: 'api', occurredAt: '2024-03-31T00:00:00.000Z' },
});

describe('the KurrentDB event store (over a stand-in client)', () => {
  let fake: FakeClient;
  let store: KurrentDbEventStore;
  const stream = 'kota-dumai/realization-bkpsdm-2024';

  beforeEach(() => {
    fake = new FakeClient();
    store = new KurrentDbEventStore(fake as unknown as KurrentDBClient);
  });

  it('appends at the expected revision and reads the stream back with its chain', async () => {
    const first = await asTenant('kota-dumai', () =>
      store.appendToStream(stream, [event('e1'), event('e2')], { expectedRevision: 'no_stream' }),
    );
    expect(first).toMatchObject({ nextExpectedRevision: 1, appended: true });
    await asTenant('kota-dumai', () => store.appendToStream(stream, [event('e3')], { expectedRevision: 1 }));
    const events = await asTenant('kota-dumai', () => store.readStream(stream));
    expect(events.map((e) => [e.id, e.streamPosition])).toEqual([
      ['e1', 0],
      ['e2', 1],
      ['e3', 2],
    ]);
    expect(await asTenant('kota-dumai', () => store.verify('kota-dumai'))).toMatchObject({
      eventCount: 3,
      valid: true,
      headHash: events[2].hash,
    });
  });

  it('refuses a stale revision with the revision the stream is at', async () => {
    await asTenant('kota-dumai', () => store.appendToStream(stream, [event('e1')]));
    await expect(
      asTenant('kota-dumai', () =>
        store.appendToStream(stream, [event('e2')], { expectedRevision: 'no_stream' }),
      ),
    ).rejects.toMatchObject({
      constructor: WrongExpectedRevisionError,
      actual: 0,
    });
  });

  it('appends nothing for a retried batch, and refuses a batch only partly stored', async () => {
    const first = await asTenant('kota-dumai', () =>
      store.appendToStream(stream, [event('e1'), event('e2')], { expectedRevision: 'no_stream' }),
    );
    await asTenant('kota-dumai', () => store.appendToStream(stream, [event('e3')]));
    const retry = await asTenant('kota-dumai', () =>
      store.appendToStream(stream, [event('e1'), event('e2')], { expectedRevision: 'no_stream' }),
    );
    // The batch's own last event, as stored: the same result the first append gave.
    expect(retry).toEqual({ ...first, appended: false });
    expect(first.position).toEqual(
      (await asTenant('kota-dumai', () => store.readStream(stream)))[1].position,
    );
    await expect(
      asTenant('kota-dumai', () => store.appendToStream(stream, [event('e2'), event('e4')])),
    ).rejects.toBeInstanceOf(EventIdConflictError);
    expect(fake.log).toHaveLength(4); // $settings, e1, e2, e3
  });

  it("re-reads and re-chains when a concurrent writer moves an 'any' append's stream", async () => {
    await asTenant('kota-dumai', () => store.appendToStream(stream, [event('e1')]));
    fake.beforeAppend = () =>
      void fake.appendToStream(
        stream,
        [{ id: 'x', type: 'Other', data: {}, metadata: {}, contentType: 'application/json' }],
        { streamState: 'any' },
      );
    await expect(
      asTenant('kota-dumai', () => store.appendToStream(stream, [event('e2')])),
    ).resolves.toMatchObject({ nextExpectedRevision: 2 });
  });

  it('keeps tenants apart: another tenant cannot read, append to, or follow a stream', async () => {
    await asTenant('kota-dumai', () => store.appendToStream(stream, [event('e1')]));
    await asTenant('kab-siak', () =>
      store.appendToStream('kab-siak/agreement-x-2024', [event('s1', 'kab-siak')]),
    );
    expect(await asTenant('kab-siak', () => store.readStream(stream))).toEqual([]);
    await expect(
      asTenant('kab-siak', () => store.appendToStream(stream, [event('e9')])),
    ).rejects.toBeInstanceOf(TenantAccessDeniedError);
    expect((await asTenant('kab-siak', () => store.readAll())).map((e) => e.id)).toEqual(['s1']);
    expect((await asPlatform(() => store.readAll())).map((e) => e.id)).toEqual(['e1', 's1']);
    expect(await store.readAll()).toEqual([]);
  });

  it('pages $all strictly after a position, skipping system records', async () => {
    await asTenant('kota-dumai', () =>
      store.appendToStream(
        stream,
        ['a', 'b', 'c', 'd'].map((id) => event(id)),
      ),
    );
    const firstTwo = await asPlatform(() => store.readAll({ maxCount: 2 }));
    const rest = await asPlatform(() => store.readAll({ after: firstTwo[1].position }));
    expect([...firstTwo, ...rest].map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('follows $all from a position until stopped', async () => {
    await asTenant('kota-dumai', () => store.appendToStream(stream, [event('e1'), event('e2')]));
    const [first] = await asPlatform(() => store.readAll({ maxCount: 1 }));
    const subscription = requestContext.run({ platform: true }, () =>
      store.subscribeToAll({ after: first.position }),
    );
    const seen: string[] = [];
    for await (const recorded of subscription) {
      seen.push(recorded.id);
      await subscription.stop();
    }
    expect(seen).toEqual(['e2']);
  });

  it('refuses outbox messages it cannot write atomically', async () => {
    const outbox = [{ queue: 'reports', name: 'render', jobId: 'j1', payload: {} }];
    await expect(
      asTenant('kota-dumai', () => store.appendToStream(stream, [event('e1')], { outbox })),
    ).rejects.toBeInstanceOf(OutboxNotSupportedError);
  });
});

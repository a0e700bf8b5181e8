import { NewEvent, WrongExpectedRevisionError } from '@jejak/eventstore';
import { InMemoryEventStore } from '@jejak/testing';
import { StagingEventStore } from './staging-event-store';

const event = (n: number): NewEvent => ({
  id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  type: 'Happened',
  data: { n },
  metadata: { tenantId: 'kota-dumai', schemaVersion: 1, source: 'import', occurredAt: null },
});
const STREAM = 'kota-dumai/agency-bkpsdm';

let real: InMemoryEventStore;
let staging: StagingEventStore;
beforeEach(async () => {
  real = new InMemoryEventStore();
  await real.appendToStream(STREAM, [event(1)]);
  staging = new StagingEventStore(real);
});
const fail = () => new Error('interrupted');

describe('a staging event store', () => {
  it('reads the real stream followed by what was staged, and writes nothing to the real store', async () => {
    await staging.appendToStream(STREAM, [event(2)], { expectedRevision: 0 });
    const read = await staging.readStream(STREAM);
    expect(read.map((e) => [e.streamPosition, e.data])).toEqual([
      [0, { n: 1 }],
      [1, { n: 2 }],
    ]);
    expect(await real.readStream(STREAM)).toHaveLength(1);
    expect(staging.stagedCount).toBe(1);
  });

  it('refuses a staged append at a stale revision, as the real store would', async () => {
    await staging.appendToStream(STREAM, [event(2)], { expectedRevision: 0 });
    await expect(staging.appendToStream(STREAM, [event(3)], { expectedRevision: 0 })).rejects.toBeInstanceOf(
      WrongExpectedRevisionError,
    );
  });

  it('flushes stream by stream at the revisions first read, counting the events appended', async () => {
    await staging.appendToStream(STREAM, [event(2), event(3)]);
    await staging.appendToStream('kota-dumai/tenant', [event(4)], { expectedRevision: 'no_stream' });
    const result = await staging.flush(fail);
    expect(result).toEqual({
      eventsAppended: 3,
      streams: [
        { stream: STREAM, appended: 2 },
        { stream: 'kota-dumai/tenant', appended: 1 },
      ],
    });
    expect(real.events).toHaveLength(4);
  });

  it('does not overwrite a stream changed since it was read: the flush is interrupted', async () => {
    await staging.appendToStream(STREAM, [event(2)]);
    await real.appendToStream(STREAM, [event(9)]);
    const interrupted = jest.fn((_stream: string, error: unknown) => error as Error);
    await expect(staging.flush(interrupted)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(interrupted).toHaveBeenCalledWith(STREAM, expect.any(WrongExpectedRevisionError), []);
    expect(real.events.map((e) => e.data)).toEqual([{ n: 1 }, { n: 9 }]);
  });

  it('counts nothing for a stream whose events the real store already holds (a retried import)', async () => {
    await real.appendToStream('kota-dumai/tenant', [event(4)]);
    const retry = new StagingEventStore(real);
    await retry.readStream('kota-dumai/tenant');
    await retry.appendToStream('kota-dumai/tenant', [event(4)]);
    expect((await retry.flush(fail)).eventsAppended).toBe(0);
  });
});

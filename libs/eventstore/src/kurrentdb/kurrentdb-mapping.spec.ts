import type { JSONEventData, ResolvedEvent } from '@kurrent/kurrentdb-client';
import {
  EventMetadata,
  InvalidStreamNameError,
  LOG_START,
  NewEvent,
  RecordedEvent,
  WrongExpectedRevisionError,
} from '../event-store.port';
import { chainBatch, GENESIS_HASH, verifyChains } from './hash-chain';
import {
  allFilter,
  canSeeStream,
  checkExpectedRevision,
  cursorOf,
  isWithinAsOf,
  storedIdsOf,
  streamStateFor,
  toEventData,
  toRecordedEvent,
  visibilityOf,
} from './kurrentdb-mapping';

const metadata = (tenantId: string, occurredAt?: string | null): EventMetadata => ({
  tenantId,
  schemaVersion: 1,
  source: 'api',
  actor: undefined, // as handle-command's eventMetadata() leaves it: JSON drops it, so must the hash
  ...(occurredAt !== undefined ? { occurredAt } : {}),
});

const newEvent = (id: string, data: unknown, tenant = 'kota-dumai'): NewEvent => ({
  id,
  type: 'RealizationReported',
  data,
  metadata: metadata(tenant, '2024-03-31T00:00:00.000Z'),
});

/** What the server hands back for an appended event: JSON in, JSON out, plus its own fields. */
function stored(
  stream: string,
  revision: number,
  data: JSONEventData,
  created = new Date('2024-04-01T00:00:00Z'),
): ResolvedEvent {
  const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
  const commit = BigInt(1000 + revision * 100);
  const event = {
    streamId: stream,
    id: data.id,
    isJson: true as const,
    revision: BigInt(revision),
    type: data.type,
    created,
    data: roundTrip(data.data),
    metadata: roundTrip(data.metadata),
    position: { commit, prepare: commit },
  };
  return { event } as unknown as ResolvedEvent;
}

/** Appends a batch the way the adapter does, then reads it back: the chain must survive the trip. */
function appendAndRead(stream: string, events: NewEvent[], before: RecordedEvent[] = []): RecordedEvent[] {
  const revision = before.length - 1;
  const links = chainBatch(stream, events, revision, before.at(-1)?.hash ?? GENESIS_HASH);
  return events.map((event, index) =>
    toRecordedEvent(stored(stream, revision + 1 + index, toEventData(event, links[index])))!,
  );
}

describe('the per-stream hash chain', () => {
  const stream = 'kota-dumai/realization-bkpsdm-2024';

  it('links each event to the previous one of its stream, from the genesis hash', () => {
    const links = chainBatch(stream, [newEvent('e1', { a: 1 }), newEvent('e2', { a: 2 })], -1, GENESIS_HASH);
    expect(links[0].prevHash).toBe(GENESIS_HASH);
    expect(links[1].prevHash).toBe(links[0].hash);
    expect(links[1].hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('verifies events read back from the server, and names the tenant head', () => {
    const first = appendAndRead(stream, [newEvent('e1', { a: 1 })]);
    const events = [
      ...first,
      ...appendAndRead(stream, [newEvent('e2', { a: 2 }), newEvent('e3', { a: 3 })], first),
    ];
    expect(verifyChains('kota-dumai', events)).toEqual({
      tenantId: 'kota-dumai',
      eventCount: 3,
      headHash: events[2].hash,
      valid: true,
      firstBroken: null,
    });
  });

  it('keeps one chain per stream, interleaved in $all order', () => {
    const other = 'kota-dumai/agreement-bkpsdm-2024';
    const a = appendAndRead(stream, [newEvent('a1', 1), newEvent('a2', 2)]);
    const b = appendAndRead(other, [newEvent('b1', 1), newEvent('b2', 2)]);
    expect(verifyChains('kota-dumai', [a[0], b[0], a[1], b[1]]).valid).toBe(true);
  });

  it('names the first altered event, with the hash it should have had', () => {
    const events = appendAndRead(stream, [
      newEvent('e1', { a: 1 }),
      newEvent('e2', { a: 2 }),
      newEvent('e3', { a: 3 }),
    ]);
    const altered = [events[0], { ...events[1], data: { a: 20 } }, events[2]];
    const result = verifyChains('kota-dumai', altered);
    expect(result.valid).toBe(false);
    expect(result.firstBroken).toMatchObject({
      eventId: 'e2',
      streamId: stream,
      streamPosition: 1,
      storedHash: events[1].hash,
    });
    expect(result.firstBroken!.expectedHash).not.toBe(events[1].hash);
  });

  it('detects a removed event, at the one that followed it', () => {
    const events = appendAndRead(stream, [newEvent('e1', 1), newEvent('e2', 2), newEvent('e3', 3)]);
    expect(verifyChains('kota-dumai', [events[0], events[2]]).firstBroken?.eventId).toBe('e3');
    expect(verifyChains('kota-dumai', [events[1], events[2]]).firstBroken?.eventId).toBe('e2');
  });

  it('counts no events and no head for an empty tenant', () => {
    expect(verifyChains('kota-dumai', [])).toMatchObject({ eventCount: 0, headHash: null, valid: true });
  });
});

describe('mapping a stored event', () => {
  const stream = 'kota-dumai/realization-bkpsdm-2024';
  const data = toEventData(newEvent('e1', { value: '12' }), { prevHash: GENESIS_HASH, hash: 'h' });

  it('gives back our metadata without the chain link, and the link as the hash', () => {
    const event = toRecordedEvent(stored(stream, 0, data))!;
    expect(event).toMatchObject({
      id: 'e1',
      tenantId: 'kota-dumai',
      streamId: stream,
      streamPosition: 0,
      hash: 'h',
    });
    expect(event.metadata).toEqual({
      tenantId: 'kota-dumai',
      schemaVersion: 1,
      source: 'api',
      occurredAt: '2024-03-31T00:00:00.000Z',
    });
    expect(event.occurredAt).toEqual(new Date('2024-03-31T00:00:00.000Z'));
    expect(event.recordedAt).toEqual(new Date('2024-04-01T00:00:00Z'));
    expect(event.position).toEqual({ commit: 1000n, prepare: 1000n });
  });

  it('skips system records and streams that are not ours', () => {
    expect(toRecordedEvent(stored('$settings', 0, data))).toBeNull();
    expect(toRecordedEvent(stored(stream, 0, { ...data, type: '$metadata' }))).toBeNull();
    expect(toRecordedEvent(stored('no-tenant-here', 0, data))).toBeNull();
  });

  it('reads an undated event as taking effect when it was recorded', () => {
    const dateless = { ...newEvent('e1', 1), metadata: metadata('kota-dumai', null) };
    const undated = toRecordedEvent(stored(stream, 0, toEventData(dateless, { prevHash: '', hash: '' })))!;
    expect(undated.occurredAt).toBeNull();
    expect(isWithinAsOf(undated, { occurredUpTo: new Date('2024-03-31T00:00:00Z') })).toBe(false);
    expect(isWithinAsOf(undated, { occurredUpTo: new Date('2024-04-01T00:00:00Z') })).toBe(true);
  });

  it('filters as of either axis', () => {
    const event = toRecordedEvent(stored(stream, 0, data))!;
    expect(isWithinAsOf(event, { recordedUpTo: new Date('2024-03-31T23:59:59Z') })).toBe(false);
    expect(isWithinAsOf(event, { occurredUpTo: new Date('2024-03-31T00:00:00Z') })).toBe(true);
    expect(isWithinAsOf(event, { occurredUpTo: new Date('2024-03-30T00:00:00Z') })).toBe(false);
  });
});

describe('tenant visibility', () => {
  it('lets a tenant see only its own prefix, the platform everything, and nobody else anything', () => {
    const tenant = visibilityOf({ tenantId: 'kota-dumai', platform: false });
    expect(canSeeStream(tenant, 'kota-dumai/agreement-x-2024')).toBe(true);
    expect(canSeeStream(tenant, 'kota-dumai-2/agreement-x-2024')).toBe(false);
    expect(canSeeStream(visibilityOf({ platform: true }), 'kota-dumai-2/agreement-x-2024')).toBe(true);
    expect(canSeeStream(visibilityOf({ platform: false }), 'kota-dumai/agreement-x-2024')).toBe(false);
  });

  it('refuses a stream name without a tenant', () => {
    expect(() => canSeeStream(visibilityOf({ platform: true }), 'agreement-x-2024')).toThrow(
      InvalidStreamNameError,
    );
  });

  it('filters $all on the server by the tenant prefix, with its slash, or by non-system event types', () => {
    expect(allFilter({ kind: 'tenant', tenantId: 'kota-dumai' })).toMatchObject({
      filterOn: 'streamName',
      prefixes: ['kota-dumai/'],
    });
    expect(allFilter({ kind: 'all' })).toMatchObject({ filterOn: 'eventType', regex: '^[^$].*' });
  });
});

describe('revisions and positions', () => {
  it('checks the caller expectation against the revision read', () => {
    expect(() => checkExpectedRevision('t/s', 'any', 4)).not.toThrow();
    expect(() => checkExpectedRevision('t/s', 'no_stream', -1)).not.toThrow();
    expect(() => checkExpectedRevision('t/s', 'stream_exists', 0)).not.toThrow();
    expect(() => checkExpectedRevision('t/s', 3, 3)).not.toThrow();
    expect(() => checkExpectedRevision('t/s', 'stream_exists', -1)).toThrow(WrongExpectedRevisionError);
    expect(() => checkExpectedRevision('t/s', 2, 3)).toThrow(
      expect.objectContaining({ expected: 2, actual: 3 }),
    );
    expect(() => checkExpectedRevision('t/s', 'no_stream', 0)).toThrow(
      expect.objectContaining({ actual: 0 }),
    );
  });

  it('always appends at the exact revision read, so the chain predecessor cannot move', () => {
    expect(streamStateFor(-1)).toBe('no_stream');
    expect(streamStateFor(7)).toBe(7n);
  });

  it('reads from the start for LOG_START and after any other position', () => {
    expect(cursorOf(undefined)).toBeUndefined();
    expect(cursorOf(LOG_START)).toBeUndefined();
    expect(cursorOf({ commit: 5n, prepare: 5n })).toEqual({ commit: 5n, prepare: 5n });
  });

  it('tells a retried batch from one that is only partly stored', () => {
    const done = appendAndRead('t/s', [newEvent('e1', 1, 't'), newEvent('e2', 2, 't')]);
    expect(storedIdsOf([newEvent('e3', 3)], done)).toBe('none');
    expect(storedIdsOf([newEvent('e1', 1), newEvent('e2', 2)], done)).toBe('all');
    expect(storedIdsOf([newEvent('e2', 2), newEvent('e3', 3)], done)).toEqual(['e2']);
  });
});

import { createHash } from 'node:crypto';
import { ChainVerification, EventMetadata, RecordedEvent } from '../event-store.port';
import { canonicalJson } from './canonical-json';

/**
 * The hash chain of the KurrentDB adapter. KurrentDB has no transaction spanning streams, so a
 * chain per tenant (as in PostgreSQL) would need a lock the server does not have; instead each
 * STREAM carries its own chain in event metadata: `hash = sha256(prevHash || canonical content)`,
 * where `prevHash` is the hash of the stream's previous event (or {@link GENESIS_HASH}). The
 * append's expected revision makes the writers of one stream serial, so each link is computed
 * from the true predecessor.
 */
export const GENESIS_HASH = '0'.repeat(64);

/** What a link covers: all the writer chose, never the server's own `created` or log position. */
export interface ChainContent {
  readonly id: string;
  readonly streamId: string;
  readonly streamPosition: number;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

export function chainHash(prevHash: string, content: ChainContent): string {
  const { id, streamId, streamPosition, type, data, metadata } = content;
  const canonical = canonicalJson({ id, streamId, streamPosition, type, data, metadata });
  return createHash('sha256').update(prevHash, 'utf8').update(canonical, 'utf8').digest('hex');
}

/** One appended event's link: `prevHash` is stored too so a reader can see where a chain breaks. */
export interface ChainLink {
  readonly prevHash: string;
  readonly hash: string;
}

/** The links of a batch appended after the stream's revision `revision` whose last hash is `prevHash`. */
export function chainBatch(
  streamId: string,
  events: readonly Omit<ChainContent, 'streamId' | 'streamPosition'>[],
  revision: number,
  prevHash: string,
): ChainLink[] {
  const links: ChainLink[] = [];
  let previous = prevHash;
  events.forEach((event, index) => {
    const hash = chainHash(previous, { ...event, streamId, streamPosition: revision + 1 + index });
    links.push({ prevHash: previous, hash });
    previous = hash;
  });
  return links;
}

/**
 * Walks a tenant's events in `$all` order, one chain per stream, and names the first event
 * whose stored hash differs from its recomputed link. After a broken link the walk carries on
 * from the stored hash, so one altered event is reported once and its successors still verify.
 */
export function chainVerifier(tenantId: string) {
  const heads = new Map<string, string>();
  let eventCount = 0;
  let headHash: string | null = null;
  let firstBroken: ChainVerification['firstBroken'] = null;
  return {
    add(event: RecordedEvent): void {
      const expectedHash = chainHash(heads.get(event.streamId) ?? GENESIS_HASH, event);
      if (expectedHash !== event.hash && firstBroken === null) {
        const { id: eventId, streamId, streamPosition, position, hash: storedHash } = event;
        firstBroken = { eventId, streamId, streamPosition, position, expectedHash, storedHash };
      }
      heads.set(event.streamId, event.hash);
      headHash = event.hash;
      eventCount += 1;
    },
    result(): ChainVerification {
      return { tenantId, eventCount, headHash, valid: firstBroken === null, firstBroken };
    },
  };
}

export function verifyChains(tenantId: string, events: Iterable<RecordedEvent>): ChainVerification {
  const verifier = chainVerifier(tenantId);
  for (const event of events) verifier.add(event);
  return verifier.result();
}

import { EventStore } from '@jejak/eventstore';
import { assertKnownTenant } from '../shared/known';

/** The link of the chain that does not hold: the event, where it sits, and the two hashes. */
export interface BrokenLink {
  readonly eventId: string;
  readonly stream: string;
  readonly streamPosition: number;
  /** Global log position. */
  readonly position: string;
  /** As stored now: what the altered event claims to be. */
  readonly type: string | null;
  readonly recordedAt: string | null;
  readonly expectedHash: string;
  readonly storedHash: string;
}

/** The tenant's hash chain walked end to end. */
export interface IntegrityReport {
  readonly tenant: string;
  readonly eventCount: number;
  /** Hex hash of the tenant's last event; null for a tenant with no events. */
  readonly headHash: string | null;
  /** False when a link does not hold, or when the chain's head no longer matches (events removed). */
  readonly valid: boolean;
  readonly firstBroken: BrokenLink | null;
  readonly verifiedAt: string;
}

/**
 * Verifies a tenant's chain through the port (`EventStore.verify`), in the caller's request
 * context (row-level security binds the walk to it), and names the first broken event with its
 * type as stored. Unknown tenant → `UnknownTenant` (404).
 */
export async function verifyTenant(
  store: EventStore,
  tenant: string,
  now = new Date(),
): Promise<IntegrityReport> {
  await assertKnownTenant(store, tenant);
  const result = await store.verify(tenant);
  const broken = result.firstBroken;
  let firstBroken: BrokenLink | null = null;
  if (broken) {
    const [event] = await store.readStream(broken.streamId, {
      fromRevision: broken.streamPosition,
      maxCount: 1,
    });
    firstBroken = {
      eventId: broken.eventId,
      stream: broken.streamId,
      streamPosition: broken.streamPosition,
      position: broken.position.prepare.toString(),
      type: event?.type ?? null,
      recordedAt: event?.recordedAt.toISOString() ?? null,
      expectedHash: broken.expectedHash,
      storedHash: broken.storedHash,
    };
  }
  return {
    tenant,
    eventCount: result.eventCount,
    headHash: result.headHash,
    valid: result.valid,
    firstBroken,
    verifiedAt: now.toISOString(),
  };
}
